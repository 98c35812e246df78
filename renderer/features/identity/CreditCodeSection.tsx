import { Alert, Button, Flex, Input, Typography } from 'antd';
import { creditCodeErrorText } from '../../../shared/identity/messages';
import { parseCreditCode } from '../../../shared/identity/creditCode';
import type { IdentityOverride } from '../../../shared/identity/identityCheck';
import { recordCreditCode } from '../../db/identityChecks';
import { useText } from '../../i18n/useText';
import { OverrideForm } from './OverrideForm';
import { useIdentityAction } from './useIdentityAction';

/**
 * An enterprise's 统一社会信用代码 (GB 32100), validated as typed. A code that
 * fails only its check character can be accepted by the officer with a
 * recorded reason: some real early codes fail it (issue 5).
 */
export function CreditCodeSection({
  caseId,
  stored,
  draft,
  onDraftChange,
  override,
  disabled,
}: {
  caseId: string;
  stored: string | undefined;
  draft: string;
  onDraftChange: (value: string) => void;
  override: IdentityOverride | undefined;
  disabled: boolean;
}) {
  const t = useText();
  const { run, busy } = useIdentityAction();
  const typed = draft.trim() ? parseCreditCode(draft) : null;
  const current = typed ?? (stored ? parseCreditCode(stored) : null);
  const normalized = typed?.normalized;
  const savable = normalized !== undefined && normalized !== stored;

  return (
    <section className="identity-block" aria-labelledby="identity-credit-code-title">
      <h3 id="identity-credit-code-title" className="identity-subtitle">
        {t('identity.panel.creditCode.label')}
      </h3>
      {stored ? <Typography.Paragraph style={{ marginBottom: 6 }}>{t('identity.panel.creditCode.onFile', { code: stored })}</Typography.Paragraph> : null}
      <Flex gap={8}>
        <Input
          aria-label={t('identity.panel.creditCode.label')}
          placeholder={t('identity.panel.creditCode.placeholder')}
          value={draft}
          maxLength={30}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          status={typed && !typed.ok ? (typed.failedOnlyCheck ? 'warning' : 'error') : undefined}
          aria-invalid={typed ? !typed.ok : undefined}
          aria-describedby="identity-credit-code-feedback"
          onChange={(e) => onDraftChange(e.target.value)}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        />
        <Button
          disabled={!savable || disabled}
          loading={busy}
          onClick={async () => {
            if (await run((db, actor) => recordCreditCode(db, caseId, draft, actor), t('identity.panel.creditCode.saved'))) onDraftChange('');
          }}
        >
          {t('identity.panel.creditCode.save')}
        </Button>
      </Flex>
      <div id="identity-credit-code-feedback" aria-live="polite" style={{ marginTop: 4 }}>
        {current && !current.ok
          ? current.errors.map((error) => (
              <Typography.Text key={error.code} type="danger" style={{ display: 'block' }}>
                {creditCodeErrorText(error, t)}
              </Typography.Text>
            ))
          : null}
        {current?.ok ? <Typography.Text type="success">{t('identity.panel.creditCode.valid')}</Typography.Text> : null}
      </div>
      {current && !current.ok && current.failedOnlyCheck ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={t('identity.creditCodeOverrideOffer')}
          description={<OverrideForm caseId={caseId} kind="credit-code-check-character" accepted={override} disabled={disabled} />}
        />
      ) : null}
    </section>
  );
}
