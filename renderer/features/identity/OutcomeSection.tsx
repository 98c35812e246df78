import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { isOutcomeAllowed, type IdentityEvaluation } from '../../../shared/identity/evaluate';
import { currentDecision, type IdentityCheck } from '../../../shared/identity/identityCheck';
import { blockerText } from '../../../shared/identity/messages';
import type { IdentityOutcome } from '../../../shared/identity/vocabulary';
import { recordIdentityDecision } from '../../db/identityDecisions';
import { useText } from '../../i18n/useText';
import { useIdentityAction } from './useIdentityAction';
import { validFields } from '../ui/validFields';

const BUTTON_TYPES: Record<IdentityOutcome, { type: 'primary' | 'default'; danger: boolean }> = {
  verified: { type: 'primary', danger: false },
  insufficient: { type: 'default', danger: false },
  failed: { type: 'default', danger: true },
};
/** The order on screen: the good outcome first, the bad one last. */
const ORDER: readonly IdentityOutcome[] = ['verified', 'insufficient', 'failed'];

/**
 * 已验证 / 材料不足 / 未通过 (SPEC §2), each enabled when the evaluation allows
 * it; the store checks again. Failed and insufficient state their reason.
 */
export function OutcomeSection({ caseId, evaluation, check, disabled }: { caseId: string; evaluation: IdentityEvaluation; check: IdentityCheck | undefined; disabled: boolean }) {
  const t = useText();
  const { run, busy } = useIdentityAction();
  const [asking, setAsking] = useState<Exclude<IdentityOutcome, 'verified'> | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const decision = check ? currentDecision(check) : undefined;
  const blocked = !isOutcomeAllowed(evaluation, 'verified');

  const decide = (outcome: IdentityOutcome, reason?: string) =>
    run(
      (db, actor) => recordIdentityDecision(db, caseId, { outcome, ...(reason ? { reason } : {}) }, actor),
      t('identity.panel.outcome.recorded', { outcome: t(`identity.outcome.${outcome}`) }),
    );

  return (
    <section className="identity-block" aria-labelledby="identity-outcome-title">
      <h3 id="identity-outcome-title" className="identity-subtitle">
        {t('identity.panel.outcome.title')}
      </h3>
      {decision ? (
        <Typography.Paragraph style={{ marginBottom: 6 }} data-testid="identity-current-outcome">
          {t('identity.panel.outcome.current', { outcome: t(`identity.outcome.${decision.outcome}`), by: decision.decidedBy, at: shanghaiDateTime(decision.decidedAt) })}
          {decision.reason ? <Typography.Text type="secondary"> {t('identity.panel.outcome.currentReason', { reason: decision.reason })}</Typography.Text> : null}
        </Typography.Paragraph>
      ) : null}
      {blocked && evaluation.blockers.length > 0 ? (
        <div role="note" aria-label={t('identity.panel.outcome.blockersTitle')} style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('identity.panel.outcome.blockersTitle')}</Typography.Text>
          <ul className="identity-blockers">
            {evaluation.blockers.map((b, i) => (
              <li key={`${b.code}-${i}`}>{blockerText(b, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Flex gap={8} wrap>
        {ORDER.map((outcome) => (
          <Button
            key={outcome}
            type={BUTTON_TYPES[outcome].type}
            danger={BUTTON_TYPES[outcome].danger}
            disabled={disabled || !isOutcomeAllowed(evaluation, outcome)}
            loading={busy}
            title={t(`identity.outcomeHint.${outcome}`)}
            onClick={() => {
              if (outcome === 'verified') void decide('verified');
              else {
                form.resetFields();
                setAsking(outcome);
              }
            }}
          >
            {t(`identity.panel.outcome.button.${outcome}`)}
          </Button>
        ))}
      </Flex>
      <Modal
        open={asking !== null}
        title={asking ? t('identity.panel.outcome.confirmTitle', { outcome: t(`identity.outcome.${asking}`) }) : ''}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: asking === 'failed' }}
        confirmLoading={busy}
        destroyOnHidden
        onCancel={() => setAsking(null)}
        onOk={async () => {
          if (!asking) return;
          const values = await validFields(form);
          if (!values) return;
          const { reason } = values;
          if (await decide(asking, reason.trim())) setAsking(null);
        }}
      >
        {asking ? <Typography.Paragraph type="secondary">{t(`identity.outcomeHint.${asking}`)}</Typography.Paragraph> : null}
        <Form form={form} layout="vertical" requiredMark={false} name="identity-outcome">
          <Form.Item
            name="reason"
            label={t('identity.panel.outcome.reason')}
            extra={asking ? t(`identity.panel.outcome.reasonHint.${asking}`) : undefined}
            rules={[{ required: true, whitespace: true, message: t('identity.panel.outcome.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
