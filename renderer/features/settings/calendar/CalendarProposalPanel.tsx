import { Alert, Button, Checkbox, Space, Table, Tag, Typography } from 'antd';
import { type CalendarDayChange, type CalendarIssue, type DayKind, type HolidayName, toDayNumber } from '../../../../shared/calendar';
import { weekdayOf } from '../../../../shared/calendar/dayNumber';
import { formatCalendarIssue } from '../../../../shared/deadlines';
import { useAppSelector } from '../../../app/store';
import { useText } from '../../../i18n/useText';
import { selectLocale } from '../../ui/uiSlice';
import type { CalendarChangeOrigin, CalendarProposal } from './calendarProposal';

export interface YearChoice {
  yearsInFile: string[];
  selected: string[];
  onChange: (selected: string[]) => void;
}

function IssueList({ issues }: { issues: readonly CalendarIssue[] }) {
  const locale = useAppSelector(selectLocale);
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {issues.map((issue, i) => (
        <li key={i}>{formatCalendarIssue(issue, locale)}</li>
      ))}
    </ul>
  );
}

function useOriginText(): (origin: CalendarChangeOrigin) => string {
  const t = useText();
  return (origin) => {
    switch (origin.kind) {
      case 'import':
        return t('settings.preview.fromImport', { file: origin.fileName });
      case 'edit-day':
        return t('settings.preview.fromEdit', { date: origin.date });
      case 'publish':
        return t(origin.published ? 'settings.preview.fromPublish' : 'settings.preview.fromUnpublish', { year: origin.year });
      case 'restore-shipped':
        return t('settings.preview.fromRestore');
    }
  };
}

/**
 * The preview of a calendar change (SPEC §3): what the officer asked for,
 * the versions, every day that changes and whether it stops or starts being
 * a working day, the validation's findings in the user's language, and only
 * then "Apply". A refused change says why and that nothing was changed.
 */
export function CalendarProposalPanel(props: {
  proposal: CalendarProposal;
  years?: YearChoice;
  applying: boolean;
  applyError?: string;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { proposal, years, applying, applyError, onApply, onDiscard } = props;
  const t = useText();
  const locale = useAppSelector(selectLocale);
  const originText = useOriginText();
  const joiner = locale === 'zh-CN' ? '、' : ', ';
  const kindText = (kind: DayKind, name?: HolidayName) =>
    `${t(`deadlines.dayKind.${kind}`)}${name ? ` · ${locale === 'zh-CN' ? name.zh : name.en}` : ''}`;
  const weekday = (date: string) => t(`deadlines.weekday.${String(weekdayOf(toDayNumber(date))) as '0' | '1' | '2' | '3' | '4' | '5' | '6'}`);

  // only the kinds of change that happened: "1 天有变化：1 天改为不上班"
  const summaryParts = (p: { toNonWorking: number; toWorking: number; renamed: number }) =>
    [
      p.toNonWorking ? t('settings.preview.summaryOff', { n: p.toNonWorking }) : '',
      p.toWorking ? t('settings.preview.summaryOn', { n: p.toWorking }) : '',
      p.renamed ? t('settings.preview.summaryRenamed', { n: p.renamed }) : '',
    ]
      .filter(Boolean)
      .join(t('settings.preview.summaryJoiner'));

  const yearPicker =
    years && years.yearsInFile.length > 1 ? (
      <div style={{ marginBottom: 12 }}>
        <Typography.Text id="years-in-file">{t('settings.preview.yearsInFile')}</Typography.Text>{' '}
        <Checkbox.Group aria-labelledby="years-in-file" options={years.yearsInFile.map((y) => ({ label: y, value: y }))} value={years.selected} onChange={(v) => years.onChange(v.map(String))} />
        <div>
          <Typography.Text type="secondary">{t('settings.preview.yearsInFileHint')}</Typography.Text>
        </div>
      </div>
    ) : null;

  let body: React.ReactNode;
  if (proposal.status === 'refused') {
    body = (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={proposal.origin.kind === 'import' ? t('settings.preview.refusedImport') : t('settings.preview.refusedEdit')}
        description={<IssueList issues={proposal.issues} />}
      />
    );
  } else if (proposal.status === 'no-change') {
    body = (
      <Alert
        type="info"
        showIcon
        title={t('settings.preview.noChange')}
        description={proposal.warnings.length ? <IssueList issues={proposal.warnings} /> : undefined}
      />
    );
  } else {
    const { diff } = proposal;
    const movesDeadlines = proposal.toNonWorking + proposal.toWorking > 0;
    body = (
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text strong>{t('settings.preview.versions', { from: diff.fromVersion, to: diff.toVersion })}</Typography.Text>
        {diff.changes.length ? (
          <Typography.Text>
            {t('settings.preview.summary', { days: diff.changes.length, parts: summaryParts(proposal) })}
          </Typography.Text>
        ) : null}
        {diff.yearsPublished.length ? <Typography.Text>{t('settings.preview.yearsPublished', { years: diff.yearsPublished.join(joiner) })}</Typography.Text> : null}
        {diff.yearsUnpublished.length ? <Typography.Text>{t('settings.preview.yearsUnpublished', { years: diff.yearsUnpublished.join(joiner) })}</Typography.Text> : null}
        {diff.changes.length ? (
          <Table<CalendarDayChange>
            size="small"
            rowKey="date"
            aria-label={t('settings.preview.title')}
            dataSource={diff.changes}
            pagination={diff.changes.length > 12 ? { pageSize: 12, size: 'small' } : false}
            columns={[
              { title: t('settings.preview.date'), dataIndex: 'date', width: 110 },
              { title: t('settings.preview.weekday'), key: 'weekday', width: 90, render: (_, c) => weekday(c.date) },
              { title: t('settings.preview.before'), key: 'before', render: (_, c) => kindText(c.before, c.beforeName) },
              { title: t('settings.preview.after'), key: 'after', render: (_, c) => <Typography.Text strong>{kindText(c.after, c.afterName)}</Typography.Text> },
              {
                title: t('settings.preview.effect'),
                key: 'effect',
                width: 120,
                render: (_, c) =>
                  !c.workingChanged ? (
                    <Tag>{t('settings.preview.renamed')}</Tag>
                  ) : c.after === 'holiday' || c.after === 'rest-day' ? (
                    <Tag color="red">{t('settings.preview.toNonWorking')}</Tag>
                  ) : (
                    <Tag color="blue">{t('settings.preview.toWorking')}</Tag>
                  ),
              },
            ]}
          />
        ) : null}
        {proposal.warnings.length ? <Alert type="warning" showIcon title={t('settings.preview.warnings')} description={<IssueList issues={proposal.warnings} />} /> : null}
        <Alert type="info" showIcon title={movesDeadlines ? t('settings.preview.recomputeNote') : t('settings.preview.noDeadlineEffect')} />
      </Space>
    );
  }

  return (
    <section aria-labelledby="calendar-preview-title" style={{ marginTop: 16, padding: 12, border: '1px solid #d9d9d9', borderRadius: 4 }}>
      <h3 id="calendar-preview-title" className="pane-title" style={{ marginBottom: 4 }}>
        {t('settings.preview.title')}
      </h3>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {originText(proposal.origin)}
      </Typography.Paragraph>
      {yearPicker}
      {body}
      {applyError ? <Alert style={{ marginTop: 8 }} type="error" showIcon role="alert" title={applyError} /> : null}
      <Space style={{ marginTop: 12 }}>
        {proposal.status === 'ready' ? (
          <Button type="primary" loading={applying} onClick={onApply}>
            {t('settings.preview.apply')}
          </Button>
        ) : null}
        <Button onClick={onDiscard} disabled={applying}>
          {t('settings.preview.discard')}
        </Button>
      </Space>
    </section>
  );
}
