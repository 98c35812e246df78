import { EditOutlined, ImportOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { editCalendarDay, setYearPublished, SHIPPED_CALENDAR_DATA, type CalendarDayEdit } from '../../../../shared/calendar';
import { todayInShanghai } from '../../../../shared/domain/time';
import type { RecomputeReport } from '../../../db/caseClock';
import { database } from '../../../db/database';
import { useText } from '../../../i18n/useText';
import { platform } from '../../../platform';
import { usePlatformErrorText } from '../../../platform/usePlatformErrorText';
import { useOfficerName } from '../../ui/useOfficer';
import { RecomputeReportView } from '../RecomputeReportView';
import { applyCalendar, SettingChangedMeanwhile } from '../saveAndRecompute';
import { useDeadlineContext } from '../../deadlines/useDeadlineContext';
import { CalendarMonth } from './CalendarMonth';
import { CalendarProposalPanel } from './CalendarProposalPanel';
import { type CalendarProposal, proposeCalendarChange, proposeIcsImport, proposeRestoreShipped } from './calendarProposal';
import { CalendarYears } from './CalendarYears';
import { DayEditForm } from './DayEditForm';
import { decodeIcsBytes, MAX_ICS_BYTES } from './icsFile';
import { monthOf, type YearMonth } from './yearMonth';

/** An imported file, kept while its preview is open so that the years taken from it can be changed. */
interface PickedIcs {
  name: string;
  text: string;
  yearsInFile: string[];
  selected: string[];
}

/** What the lower half of the card shows: one step of a change at a time. */
type Step =
  | { kind: 'idle' }
  | { kind: 'file-error'; message: string }
  | { kind: 'edit-day' }
  | { kind: 'preview'; proposal: CalendarProposal; file?: PickedIcs }
  | { kind: 'applied'; version: string; report: RecomputeReport };

/**
 * 工作日历 in Settings (SPEC §3, issue 3): the calendar in force, its years
 * and a month view; import an .ics, edit a day, publish a year or restore the
 * shipped calendar, each through the same preview → apply → recompute.
 */
export function CalendarSettings() {
  const t = useText();
  const errorText = usePlatformErrorText();
  const context = useDeadlineContext();
  const actor = useOfficerName() ?? 'system';
  const today = todayInShanghai(Date.now());
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [month, setMonth] = useState<YearMonth>(() => monthOf(today));
  const [applying, setApplying] = useState(false);
  const [applyError, setApplyError] = useState<string>();

  if (!context) return <Card size="small" loading title={<h2 className="pane-title">{t('settings.calendar.title')}</h2>} />;
  const { calendarData, calendar } = context;
  // a stored calendar that cannot be read is not "the shipped one", though the shipped one stands in for it
  const shipped = !context.calendarFallback && JSON.stringify(calendarData) === JSON.stringify(SHIPPED_CALENDAR_DATA);

  const preview = (proposal: CalendarProposal, file?: PickedIcs) => {
    setApplyError(undefined);
    setStep(file ? { kind: 'preview', proposal, file } : { kind: 'preview', proposal });
    // open the month view where the change is
    const first = proposal.status === 'ready' ? proposal.months[0] : undefined;
    if (first) setMonth(monthOf(first));
  };

  const importIcs = async () => {
    const picked = await platform.openFiles({ title: t('settings.calendar.pickTitle'), filters: [{ name: t('settings.calendar.icsFilter'), extensions: ['ics'] }], multiple: false });
    if (!picked.ok) {
      if (picked.error.code !== 'cancelled') setStep({ kind: 'file-error', message: errorText(picked.error) });
      return;
    }
    const file = picked.value[0];
    if (!file) return;
    const decoded = decodeIcsBytes(file.bytes);
    if (!decoded.ok) {
      const key = decoded.reason === 'too-large' ? 'settings.calendar.fileTooLarge' : 'settings.calendar.fileNotText';
      setStep({ kind: 'file-error', message: t(key, { file: file.name, limit: `${MAX_ICS_BYTES / 1024 / 1024} MB` }) });
      return;
    }
    const { proposal, yearsInFile } = proposeIcsImport(calendarData, { name: file.name, text: decoded.text }, t('settings.calendar.sourceImported', { file: file.name }));
    preview(proposal, { name: file.name, text: decoded.text, yearsInFile, selected: yearsInFile });
  };

  const chooseYears = (file: PickedIcs, selected: string[]) => {
    const ordered = file.yearsInFile.filter((y) => selected.includes(y));
    const { proposal } = proposeIcsImport(calendarData, file, t('settings.calendar.sourceImported', { file: file.name }), ordered);
    preview(proposal, { ...file, selected: ordered });
  };

  const editDay = (edit: CalendarDayEdit) => {
    const change = editCalendarDay(calendarData, edit, { source: t('settings.calendar.sourceEdited', { date: edit.date }) });
    preview(proposeCalendarChange(calendarData, change, { kind: 'edit-day', date: edit.date }));
  };

  const publish = (year: number, published: boolean) => {
    const source = t(published ? 'settings.calendar.sourcePublished' : 'settings.calendar.sourceUnpublished', { year });
    preview(proposeCalendarChange(calendarData, setYearPublished(calendarData, year, published, { source }), { kind: 'publish', year, published }));
  };

  const apply = async (proposal: CalendarProposal) => {
    if (proposal.status !== 'ready') return;
    setApplying(true);
    setApplyError(undefined);
    try {
      const report = await applyCalendar(database(), proposal.before, proposal.after, actor);
      setStep({ kind: 'applied', version: proposal.after.version, report });
    } catch (error) {
      setApplyError(error instanceof SettingChangedMeanwhile ? t('settings.preview.stale') : t('settings.preview.failed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setApplying(false);
    }
  };

  const busy = step.kind === 'preview' || applying;
  const ready = step.kind === 'preview' && step.proposal.status === 'ready' ? step.proposal : undefined;

  return (
    <Card size="small" title={<h2 className="pane-title">{t('settings.calendar.title')}</h2>} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('settings.calendar.intro')}</Typography.Paragraph>
      <Row gutter={24}>
        <Col xs={24} xl={13}>
          <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
            <Descriptions.Item label={t('settings.calendar.version')}>
              <Typography.Text strong>{calendarData.version}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('settings.calendar.source')}>{calendarData.source}</Descriptions.Item>
            <Descriptions.Item label={t('settings.calendar.origin')}>{shipped ? t('settings.calendar.originShipped') : t('settings.calendar.originChanged')}</Descriptions.Item>
          </Descriptions>
          {context.calendarFallback ? <Alert type="error" showIcon style={{ marginBottom: 8 }} title={t('settings.calendar.fallback')} /> : null}
          <CalendarYears data={calendarData} calendar={calendar} thisYear={Number(today.slice(0, 4))} onPublish={publish} disabled={busy} />
          <Space wrap style={{ marginTop: 12 }}>
            <Button icon={<ImportOutlined aria-hidden />} onClick={() => void importIcs()} disabled={busy}>
              {t('settings.calendar.importIcs')}
            </Button>
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setStep({ kind: 'edit-day' })} disabled={busy}>
              {t('settings.calendar.editDay')}
            </Button>
            <Button icon={<RollbackOutlined aria-hidden />} onClick={() => preview(proposeRestoreShipped(calendarData, context.calendarFallback))} disabled={busy || shipped}>
              {t('settings.calendar.restoreShipped')}
            </Button>
          </Space>
          {step.kind === 'file-error' ? (
            <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" title={step.message} closable={{ onClose: () => setStep({ kind: 'idle' }) }} />
          ) : null}
          {step.kind === 'edit-day' ? <DayEditForm calendar={calendar} onPreview={editDay} onCancel={() => setStep({ kind: 'idle' })} /> : null}
          {step.kind === 'preview' ? (
            <CalendarProposalPanel
              proposal={step.proposal}
              {...(step.file ? { years: { yearsInFile: step.file.yearsInFile, selected: step.file.selected, onChange: (selected: string[]) => step.file && chooseYears(step.file, selected) } } : {})}
              applying={applying}
              {...(applyError ? { applyError } : {})}
              onApply={() => void apply(step.proposal)}
              onDiscard={() => setStep({ kind: 'idle' })}
            />
          ) : null}
          {step.kind === 'applied' ? (
            <RecomputeReportView headline={t('settings.recompute.calendarApplied', { version: step.version })} report={step.report} onClose={() => setStep({ kind: 'idle' })} />
          ) : null}
        </Col>
        <Col xs={24} xl={11}>
          <CalendarMonth
            calendar={ready ? ready.calendar : calendar}
            at={month}
            onChange={setMonth}
            caption={ready ? t('settings.month.preview') : t('settings.month.inForce')}
            today={today}
            {...(ready ? { changed: new Set(ready.diff.changes.map((c) => c.date)) } : {})}
          />
        </Col>
      </Row>
    </Card>
  );
}
