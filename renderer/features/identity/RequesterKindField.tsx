import { Button, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { requesterKindIds, type RequesterKind } from '../../../shared/domain/requester';
import type { IdentityCheck } from '../../../shared/identity/identityCheck';
import { changeRequesterKind, recordReasonableDoubt } from '../../db/identityChecks';
import { useText } from '../../i18n/useText';
import { useIdentityAction } from './useIdentityAction';

/**
 * Who is asking (SPEC §2): it decides the checklist. For an EEA individual,
 * the officer may record a reasonable doubt, which makes the ID document
 * required (GDPR Art. 12(6): proportionate checks only, unless in doubt).
 */
export function RequesterKindField({ caseId, kind, doubt, disabled }: { caseId: string; kind: RequesterKind; doubt: IdentityCheck['reasonableDoubt']; disabled: boolean }) {
  const t = useText();
  const { run, busy } = useIdentityAction();
  const [reason, setReason] = useState('');

  return (
    <Flex vertical gap={6}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>
          <label htmlFor="identity-requester-kind">{t('identity.panel.requesterKind')}</label>
        </Typography.Text>
        <Select
          id="identity-requester-kind"
          value={kind}
          disabled={disabled || busy}
          style={{ minWidth: 180 }}
          options={requesterKindIds.map((k) => ({ value: k, label: t(`requesterKind.${k}`) }))}
          onChange={(next: RequesterKind) => void run((db, actor) => changeRequesterKind(db, caseId, next, actor))}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('identity.panel.requesterKindHint')}
        </Typography.Text>
      </Flex>
      {kind === 'eea-individual' ? (
        doubt ? (
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="warning">{t('identity.panel.reasonableDoubt.raised', { reason: doubt.reason })}</Typography.Text>
            <Button size="small" disabled={disabled} loading={busy} onClick={() => void run((db, actor) => recordReasonableDoubt(db, caseId, null, actor))}>
              {t('identity.panel.reasonableDoubt.withdraw')}
            </Button>
          </Flex>
        ) : (
          <Flex gap={8} align="center">
            <Input
              aria-label={t('identity.panel.reasonableDoubt.label')}
              placeholder={t('identity.panel.reasonableDoubt.reason')}
              value={reason}
              maxLength={2000}
              disabled={disabled}
              onChange={(e) => setReason(e.target.value)}
            />
            <Button
              disabled={disabled || reason.trim() === ''}
              loading={busy}
              onClick={async () => {
                if (await run((db, actor) => recordReasonableDoubt(db, caseId, reason, actor))) setReason('');
              }}
            >
              {t('identity.panel.reasonableDoubt.raise')}
            </Button>
          </Flex>
        )
      ) : null}
    </Flex>
  );
}
