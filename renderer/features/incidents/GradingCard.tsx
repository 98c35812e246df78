import { Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import type { Incident } from '../../../shared/domain/incident';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { groupDigits, incidentGradeIds, suggestGrade, type IncidentGrade } from '../../../shared/incidents';
import { confirmGrade } from '../../db/incidents';
import { useText } from '../../i18n/useText';
import { GradeTag } from './GradeTag';
import { useIncidentAction } from './useIncidentAction';

/**
 * 事件分级: the suggestion from the number of people (网络安全事件分级指南)
 * and the officer's confirmation with a reason (issue 7). Other criteria of
 * the guide can raise the grade, hence a free choice and a reason.
 */
export function GradingCard({ incident }: { incident: Incident }) {
  const t = useText();
  const { run, busy } = useIncidentAction();
  const suggestion = suggestGrade(incident.peopleAffected);
  const decision = incident.gradeDecision;

  const why =
    suggestion.count === undefined
      ? t('incidents.grading.noCount')
      : suggestion.threshold
        ? t('incidents.grading.because', { count: groupDigits(suggestion.count), threshold: groupDigits(suggestion.threshold) })
        : t('incidents.grading.belowThreshold', { count: groupDigits(suggestion.count) });

  return (
    <Card size="small" title={<h2 className="pane-title">{t('incidents.grading.title')}</h2>} style={{ marginBottom: 16 }}>
      <Flex vertical gap={4}>
        <Typography.Text>
          {t('incidents.grading.suggested')}
          <span style={{ marginInlineStart: 4 }}>
            <GradeTag grade={suggestion.grade} confirmed={false} />
          </span>
        </Typography.Text>
        <Typography.Text type="secondary">
          {why}
          {incident.peopleAffected?.kind === 'estimate' ? t('incidents.grading.estimateNote') : ''}
        </Typography.Text>
        {decision ? (
          <>
            <Typography.Text strong>{t('incidents.grading.confirmed', { grade: t(`incidents.grade.${decision.grade}`), by: decision.by, at: shanghaiDateTime(decision.at) })}</Typography.Text>
            <Typography.Text>{t('incidents.grading.confirmedReason', { reason: decision.reason })}</Typography.Text>
          </>
        ) : (
          <Typography.Text type="warning">{t('incidents.grading.notConfirmed')}</Typography.Text>
        )}
      </Flex>
      <Form<{ grade: IncidentGrade; reason: string }>
        // a new suggestion or decision starts the form afresh from it
        key={`${decision?.at ?? 'none'}-${suggestion.grade}`}
        name="confirm-grade"
        layout="vertical"
        style={{ marginTop: 12 }}
        initialValues={{ grade: decision?.grade ?? suggestion.grade, reason: '' }}
        onFinish={(v) => void run((db, actor) => confirmGrade(db, incident.id, v.grade, v.reason, actor))}
      >
        <Flex gap={8} align="start" wrap>
          <Form.Item name="grade" label={t('incidents.grading.grade')} style={{ marginBottom: 8, minWidth: 160 }}>
            <Select aria-label={t('incidents.grading.grade')} options={incidentGradeIds.map((g) => ({ value: g, label: t(`incidents.grade.${g}`) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('incidents.grading.reason')} rules={[{ required: true, whitespace: true, message: t('incidents.create.required', { field: t('incidents.grading.reason') }) }]} style={{ marginBottom: 8, flex: 1, minWidth: 200 }}>
            <Input maxLength={2000} placeholder={t('incidents.grading.reasonPlaceholder')} />
          </Form.Item>
        </Flex>
        <Button htmlType="submit" loading={busy}>
          {t('incidents.grading.confirm')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('incidents.grading.source')}
      </Typography.Paragraph>
    </Card>
  );
}
