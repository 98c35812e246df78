import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, List, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { computeDeadline, formatExplanation, workingDaysLeftLabel, type ExplanationLine } from '../../../shared/deadlines';
import type { Case } from '../../../shared/domain/case';
import { useAppSelector } from '../../app/store';
import { useText } from '../../i18n/useText';
import { selectLocale } from '../ui/uiSlice';
import { ClockActions } from './ClockActions';
import { DeadlineStateTag } from './DeadlineStateTag';
import { isVoided } from '../../../shared/cases/lifecycle';
import { StatusTag } from '../cases/StatusTag';
import { useDeadlineContext, useShanghaiToday } from './useDeadlineContext';

const LINE_TYPE: Partial<Record<ExplanationLine['kind'], 'warning' | 'secondary'>> = { warning: 'warning', calendar: 'secondary' };

/**
 * 期限: the case's due date, working days left and state, why it is that day,
 * and the officer's actions on the clock. Computed live from the case, the
 * calendar and the rules in force, so it always agrees with "why".
 */
export function DeadlinePanel({ record }: { record: Case }) {
  const t = useText();
  const locale = useAppSelector(selectLocale);
  const context = useDeadlineContext();
  const today = useShanghaiToday();
  const [whyOpen, setWhyOpen] = useState(false);
  if (!context) return null;
  const result = computeDeadline(record, context.calendar, context.rules, today);
  const left = workingDaysLeftLabel(result, locale);
  const lines = formatExplanation(result, locale);

  return (
    <Card size="small" title={<h2 className="pane-title">{t('clock.title')}</h2>} style={{ marginBottom: 16 }} extra={
        // a voided or merged case was never answered: "closed late" would read as a missed deadline
        isVoided(record) ? <StatusTag status={record.status} stage={record.stage} merged={record.mergedInto !== undefined} /> : <DeadlineStateTag state={result.state} />
      }
    >
      {record.dueDateMovedFrom && record.dueDate ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('clock.movedFrom', { from: record.dueDateMovedFrom, to: record.dueDate })} />
      ) : null}
      {result.provisional && record.status === 'paused' ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('clock.provisional')} /> : null}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('clock.legalDue')}>
          <Space>
            <Typography.Text strong data-testid="legal-due-date">
              {result.legalDueDate ?? t('clock.noneYet')}
            </Typography.Text>
            {left ? <Typography.Text type="secondary">{left}</Typography.Text> : null}
          </Space>
        </Descriptions.Item>
        {result.ceilingDate && result.ceilingDate !== result.legalDueDate ? (
          <Descriptions.Item label={t('clock.ceiling')}>{result.ceilingDate}</Descriptions.Item>
        ) : null}
        {result.targetDate ? <Descriptions.Item label={t('clock.target')}>{result.targetDate}</Descriptions.Item> : null}
        {result.extensionNoticeBy ? (
          <Descriptions.Item label={t('clock.noticeBy')}>{t('clock.extensionNoticeBy', { date: result.extensionNoticeBy })}</Descriptions.Item>
        ) : null}
      </Descriptions>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button icon={<InfoCircleOutlined />} onClick={() => setWhyOpen(true)}>
          {t('clock.why')}
        </Button>
        <ClockActions record={record} today={today} rules={context.rules} />
      </Space>
      <Modal open={whyOpen} title={t('clock.whyTitle', { reference: record.reference })} onCancel={() => setWhyOpen(false)} footer={null} width={640}>
        <List
          size="small"
          aria-label={t('clock.why')}
          dataSource={lines}
          renderItem={(line) => (
            <List.Item>
              <Typography.Text strong={line.kind === 'due'} type={LINE_TYPE[line.kind]}>
                {line.text}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Modal>
    </Card>
  );
}
