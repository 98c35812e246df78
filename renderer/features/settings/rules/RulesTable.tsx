import { Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { DeadlineRule } from '../../../../shared/deadlines';
import { useAppSelector } from '../../../app/store';
import { useText } from '../../../i18n/useText';
import { selectLocale } from '../../ui/uiSlice';
import type { RuleField, RuleIssue } from './rulesDraft';

const KNOWN_RULES = ['gdpr', 'rights-request', 'complaint', 'ip-notice', 'ceiling'] as const;

/** A rule's name in the user's language; a rule added later without a name of its own is known by its id. */
export function useRuleName(): (rule: DeadlineRule) => string {
  const t = useText();
  return (rule) => {
    const known = KNOWN_RULES.find((k) => k === rule.id);
    return known ? t(`deadlines.rule.${known}`) : rule.id;
  };
}

function AmountInput(props: { label: string; value: number; invalid: boolean; errorId: string; onChange: (value: number | null) => void; disabled: boolean }) {
  const { label, value, invalid, errorId, onChange, disabled } = props;
  return (
    <InputNumber
      size="small"
      aria-label={label}
      aria-invalid={invalid}
      {...(invalid ? { 'aria-describedby': errorId } : {})}
      status={invalid ? 'error' : undefined}
      value={Number.isNaN(value) ? null : value}
      onChange={(v) => onChange(typeof v === 'number' ? v : null)}
      disabled={disabled}
      // the step buttons carry English-only labels; arrow keys step the field as well
      controls={false}
      style={{ width: 72 }}
    />
  );
}

/**
 * The rules in force (or the draft), one row each: what it applies to, its
 * period (editable), start event, source clause and extension (editable where
 * the rule foresees one). An invalid amount is marked and named below it.
 */
export function RulesTable(props: {
  rules: readonly DeadlineRule[];
  issues: readonly RuleIssue[];
  disabled: boolean;
  onAmount: (ruleId: string, amount: number | null) => void;
  onExtension: (ruleId: string, maxAmount: number | null) => void;
  onChange: (ruleId: string, change: Partial<Pick<DeadlineRule, 'unit' | 'startEvent' | 'source'>>) => void;
}) {
  const { rules, issues, disabled, onAmount, onExtension, onChange } = props;
  const t = useText();
  const locale = useAppSelector(selectLocale);
  const ruleName = useRuleName();
  const has = (ruleId: string, field: RuleField) => issues.some((i) => i.ruleId === ruleId && i.field === field);
  const joiner = locale === 'zh-CN' ? '、' : ', ';
  const unitName = (unit: DeadlineRule['unit'], amount: number) => (amount === 1 ? t(`settings.rules.unitNameOne.${unit}`) : t(`settings.rules.unitName.${unit}`));
  const problem = (id: string, text: string) => (
    <Typography.Text type="danger" id={id} style={{ display: 'block', fontSize: 12 }}>
      {text}
    </Typography.Text>
  );

  return (
    <Table<DeadlineRule>
      size="small"
      rowKey="id"
      pagination={false}
      aria-label={t('settings.rules.title')}
      dataSource={[...rules]}
      columns={[
        {
          title: t('settings.rules.rule'),
          key: 'rule',
          width: 170,
          render: (_, r) => (
            <>
              <Typography.Text strong>{ruleName(r)}</Typography.Text>
              {has(r.id, 'rule') ? problem(`rule-${r.id}-error`, t('settings.rules.ruleInvalid')) : null}
            </>
          ),
        },
        {
          title: t('settings.rules.appliesTo'),
          key: 'appliesTo',
          render: (_, r) =>
            r.appliesTo.kind === 'gdpr'
              ? t('settings.rules.appliesToGdpr')
              : r.appliesTo.kind === 'ceiling'
                ? t('settings.rules.appliesToCeiling')
                : r.appliesTo.requestTypes.map((type) => t(`requestType.${type}`)).join(joiner),
        },
        {
          title: t('settings.rules.period'),
          key: 'period',
          width: 190,
          render: (_, r) => (
            <>
              <Space size={4}>
                <AmountInput
                  label={t('settings.rules.amountLabel', { rule: ruleName(r) })}
                  value={r.amount}
                  invalid={has(r.id, 'amount')}
                  errorId={`rule-${r.id}-amount-error`}
                  onChange={(v) => onAmount(r.id, v)}
                  disabled={disabled}
                />
                {r.unit === 'hours' ? (
                  <span>{unitName(r.unit, r.amount)}</span>
                ) : (
                  <Select<DeadlineRule['unit']>
                    size="small"
                    aria-label={t('settings.rules.unitLabel', { rule: ruleName(r) })}
                    value={r.unit}
                    disabled={disabled}
                    onChange={(unit) => onChange(r.id, { unit })}
                    popupMatchSelectWidth={false}
                    // a case's period counts in days or months; hours are the incident clocks' unit
                    options={(['working-days', 'calendar-days', 'calendar-months'] as const).map((u) => ({ value: u, label: unitName(u, r.amount) }))}
                  />
                )}
              </Space>
              {has(r.id, 'amount') ? problem(`rule-${r.id}-amount-error`, t('settings.rules.amountInvalid')) : null}
            </>
          ),
        },
        {
          title: t('settings.rules.startEvent'),
          key: 'start',
          width: 150,
          render: (_, r) => (
            <Select<DeadlineRule['startEvent']>
              size="small"
              aria-label={t('settings.rules.startEventLabel', { rule: ruleName(r) })}
              value={r.startEvent}
              disabled={disabled}
              onChange={(startEvent) => onChange(r.id, { startEvent })}
              popupMatchSelectWidth={false}
              options={(['receipt', 'identity-verified'] as const).map((e) => ({ value: e, label: t(`deadlines.startEvent.${e}`) }))}
            />
          ),
        },
        {
          title: t('settings.rules.source'),
          key: 'source',
          width: 170,
          render: (_, r) => (
            <>
              <Input
                size="small"
                aria-label={t('settings.rules.sourceLabel', { rule: ruleName(r) })}
                aria-invalid={has(r.id, 'source')}
                status={has(r.id, 'source') ? 'error' : undefined}
                value={r.source}
                disabled={disabled}
                maxLength={300}
                onChange={(e) => onChange(r.id, { source: e.target.value })}
              />
              {has(r.id, 'source') ? problem(`rule-${r.id}-source-error`, t('settings.rules.sourceInvalid')) : null}
            </>
          ),
        },
        {
          title: t('settings.rules.extension'),
          key: 'extension',
          width: 230,
          render: (_, r) =>
            r.extension ? (
              <>
                <Space size={4} wrap>
                  <span>{t('settings.rules.extensionUpTo')}</span>
                  <AmountInput
                    label={t('settings.rules.extensionLabel', { rule: ruleName(r) })}
                    value={r.extension.maxAmount}
                    invalid={has(r.id, 'extension')}
                    errorId={`rule-${r.id}-extension-error`}
                    onChange={(v) => onExtension(r.id, v)}
                    disabled={disabled}
                  />
                  <span>{unitName(r.unit, r.extension.maxAmount)}</span>
                </Space>
                {r.extension.noticeWithinFirstPeriod ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('settings.rules.extensionNotice')}
                  </Typography.Text>
                ) : null}
                {has(r.id, 'extension') ? problem(`rule-${r.id}-extension-error`, t('settings.rules.amountInvalid')) : null}
              </>
            ) : (
              <Typography.Text type="secondary">{t('settings.rules.noExtension')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
