import { Alert, Button, Card, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DEFAULT_DEADLINE_RULES, RIGHTS_REQUEST_RULE, type DeadlineRule } from '../../../../shared/deadlines';
import type { RecomputeReport } from '../../../db/caseClock';
import { database } from '../../../db/database';
import { useText } from '../../../i18n/useText';
import { useOfficerName } from '../../ui/useOfficer';
import { RecomputeReportView } from '../RecomputeReportView';
import { applyRules, SettingChangedMeanwhile } from '../saveAndRecompute';
import { useDeadlineContext } from '../../deadlines/useDeadlineContext';
import { isDefaultRules, rightsRequestReading, sameRules, validateRules, withAmount, withExtensionLimit, withRightsRequestReading, withRuleChange, type RightsRequestReading } from './rulesDraft';
import { RulesTable } from './RulesTable';

/** The officer's unsaved edit, with the rules it started from (a save checks they are still in force). */
interface Draft {
  from: readonly DeadlineRule[];
  rules: DeadlineRule[];
}

/**
 * 期限规则 in Settings (SPEC §3): the rules in force, the reading of policy
 * 4.6's "15日", amounts edited and validated; saving recomputes every open
 * case and shows which due dates moved.
 */
export function RuleSettings() {
  const t = useText();
  const context = useDeadlineContext();
  const actor = useOfficerName() ?? 'system';
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [report, setReport] = useState<RecomputeReport>();

  if (!context) return <Card size="small" loading title={<h2 className="pane-title">{t('settings.rules.title')}</h2>} />;
  const inForce = context.rules;
  const rules = draft?.rules ?? [...inForce];
  const issues = validateRules(rules);
  const dirty = draft !== null && !sameRules(draft.rules, inForce);
  const reading = rightsRequestReading(rules);
  const rightsAmount = rules.find((r) => r.id === RIGHTS_REQUEST_RULE.id)?.amount ?? RIGHTS_REQUEST_RULE.amount;

  const edit = (change: (rules: readonly DeadlineRule[]) => DeadlineRule[]) => {
    setError(undefined);
    setReport(undefined);
    setDraft((d) => ({ from: d?.from ?? inForce, rules: change(d?.rules ?? inForce) }));
  };

  const save = async () => {
    if (!draft) return;
    if (issues.length) return setError(t('settings.rules.invalid'));
    setSaving(true);
    try {
      setReport(await applyRules(database(), draft.from, draft.rules, actor));
      setDraft(null);
      setError(undefined);
    } catch (e) {
      setError(e instanceof SettingChangedMeanwhile ? t('settings.rules.stale') : t('settings.rules.failed', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={<h2 className="pane-title">{t('settings.rules.title')}</h2>} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('settings.rules.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text>{t('settings.rules.origin')}:</Typography.Text>
        <Tag>{isDefaultRules(inForce) ? t('settings.rules.originDefault') : t('settings.rules.originChanged')}</Tag>
        {dirty ? <Tag color="orange">{t('settings.rules.unsaved')}</Tag> : null}
      </Space>
      {reading ? (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text strong id="rights-reading-label" style={{ display: 'block', marginBottom: 4 }}>
            {t('settings.rules.rightsReading')}
          </Typography.Text>
          <Radio.Group aria-labelledby="rights-reading-label" value={reading} disabled={saving} onChange={(e) => edit((r) => withRightsRequestReading(r, e.target.value as RightsRequestReading))}>
            <Space orientation="vertical" size={2}>
              <Radio value="working-days">{t('settings.rules.readingWorkingDays', { n: rightsAmount })}</Radio>
              <Radio value="calendar-days">{t('settings.rules.readingCalendarDays', { n: rightsAmount })}</Radio>
            </Space>
          </Radio.Group>
        </div>
      ) : null}
      <RulesTable
        rules={rules}
        issues={issues}
        disabled={saving}
        onAmount={(id, amount) => edit((r) => withAmount(r, id, amount))}
        onExtension={(id, max) => edit((r) => withExtensionLimit(r, id, max))}
        onChange={(id, change) => edit((r) => withRuleChange(r, id, change))}
      />
      {error ? <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" title={error} /> : null}
      <Space style={{ marginTop: 12 }} wrap>
        <Button type="primary" loading={saving} disabled={!dirty || issues.length > 0} onClick={() => void save()}>
          {t('settings.rules.save')}
        </Button>
        <Button disabled={!draft || saving} onClick={() => (setDraft(null), setError(undefined))}>
          {t('settings.rules.discard')}
        </Button>
        <Button disabled={saving || isDefaultRules(rules)} onClick={() => edit(() => [...DEFAULT_DEADLINE_RULES])}>
          {t('settings.rules.restoreDefaults')}
        </Button>
      </Space>
      {report ? <RecomputeReportView headline={t('settings.recompute.rulesSaved')} report={report} onClose={() => setReport(undefined)} /> : null}
    </Card>
  );
}
