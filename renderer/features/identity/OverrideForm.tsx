import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { shanghaiDateTime } from '../../../shared/domain/time';
import type { IdentityOverride } from '../../../shared/identity/identityCheck';
import type { OverrideKind } from '../../../shared/identity/vocabulary';
import { recordOverride } from '../../db/identityChecks';
import { useText } from '../../i18n/useText';
import { useIdentityAction } from './useIdentityAction';

/**
 * An officer accepts a validator's warning for a stated reason (issue 5: a
 * credit code that fails only its check, a name that differs for a known
 * reason). Shows the acceptance once recorded.
 */
export function OverrideForm({ caseId, kind, accepted, disabled }: { caseId: string; kind: OverrideKind; accepted: IdentityOverride | undefined; disabled: boolean }) {
  const t = useText();
  const { run, busy } = useIdentityAction();
  const [reason, setReason] = useState('');

  if (accepted) {
    return (
      <Typography.Text type="secondary" style={{ display: 'block' }}>
        {t('identity.panel.override.accepted', { reason: accepted.reason, by: accepted.by, at: shanghaiDateTime(accepted.at) })}
      </Typography.Text>
    );
  }
  return (
    <Flex gap={8} style={{ marginTop: 6 }}>
      <Input
        aria-label={`${t(`identity.override.${kind}`)}：${t('identity.panel.override.reason')}`}
        placeholder={t('identity.panel.override.reason')}
        value={reason}
        maxLength={2000}
        disabled={disabled}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button
        disabled={disabled || reason.trim() === ''}
        loading={busy}
        onClick={async () => {
          if (await run((db, actor) => recordOverride(db, caseId, kind, reason, actor))) setReason('');
        }}
      >
        {t('identity.panel.override.accept')}
      </Button>
    </Flex>
  );
}
