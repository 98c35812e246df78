import { Flex, Radio, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { matchRequester, normaliseEmail, normaliseMainlandPhone, type RequesterMatch } from '../../../shared/intake';
import { database } from '../../db/database';
import { requestersSharingContact } from '../../db/intakeLookup';
import { useText } from '../../i18n/useText';

/**
 * SPEC §1: the requester is "new or matched to an existing one by email,
 * phone or ID number". Known requesters who share the phone or email typed
 * in are offered; new is the default, linking is the officer's choice.
 */
export function RequesterChoice({ name, phone, email, value, onChange }: { name?: string; phone?: string; email?: string; value?: string; onChange?: (requesterId: string | undefined) => void }) {
  const t = useText();
  const candidate = {
    ...(normaliseMainlandPhone(phone) ? { phone: normaliseMainlandPhone(phone)! } : {}),
    ...(normaliseEmail(email) ? { email: normaliseEmail(email)! } : {}),
    ...(name?.trim() ? { name: name.trim() } : {}),
  };
  const matches = useLiveQuery(async () => {
    const known = await requestersSharingContact(database(), candidate);
    return matchRequester(candidate, known).map((m): RequesterMatch & { name: string } => ({ ...m, name: known.find((r) => r.id === m.requesterId)?.name ?? '' }));
  }, [candidate.phone, candidate.email, candidate.name]);
  if (!matches?.length) return null;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{t('intake.match.title')}</Typography.Text>
      <Radio.Group aria-label={t('intake.paper.requester')} value={value ?? 'new'} onChange={(e) => onChange?.(e.target.value === 'new' ? undefined : String(e.target.value))}>
        <Flex vertical gap={4}>
          <Radio value="new">{t('intake.paper.newRequester')}</Radio>
          {matches.map((m) => (
            <Radio key={m.requesterId} value={m.requesterId}>
              {t('intake.paper.existingRequester', { name: m.name, fields: m.matchedOn.map((f) => t(`intake.match.${f}`)).join(t('intake.listSeparator')) })}
              {m.nameDiffers ? <Typography.Text type="warning"> {t('intake.match.nameDiffers')}</Typography.Text> : null}
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    </Flex>
  );
}
