import { Alert, Button, Flex, Input, Typography } from 'antd';
import type { RequesterKind } from '../../../shared/domain/requester';
import type { LocalDate } from '../../../shared/domain/time';
import { residentIdErrorText } from '../../../shared/identity/messages';
import { parseResidentId, type ResidentIdResult } from '../../../shared/identity/residentId';
import type { Translate } from '../../../shared/i18n/messages';
import { recordRequesterIdNumber } from '../../db/identityChecks';
import { convertToMinorCase } from '../../db/identityMinor';
import { useText } from '../../i18n/useText';
import { RevealableIdNumber } from './RevealableIdNumber';
import { useIdentityAction } from './useIdentityAction';

function summary(result: Extract<ResidentIdResult, { ok: true }>, t: Translate): string {
  return [
    t('identity.panel.idNumber.valid'),
    t('identity.residentIdSummary', { birthDate: result.birthDate, sex: t(`identity.sex.${result.sex}`), age: result.age }),
    ...(result.convertedFrom15 ? [t('identity.convertedFrom15')] : []),
    ...(result.permit ? [t(`identity.permit.${result.permit}`)] : []),
  ].join(' · ');
}

/**
 * The requester's resident ID number (GB 11643), validated as it is typed:
 * what is wrong in the user's language, or the birth date, sex and age. The
 * number on file is shown masked; an age under 14 proposes a minor's case
 * (policy 7.1).
 */
export function IdNumberSection({
  caseId,
  requesterId,
  stored,
  draft,
  onDraftChange,
  kind,
  today,
  disabled,
}: {
  caseId: string;
  requesterId: string;
  stored: string | undefined;
  draft: string;
  onDraftChange: (value: string) => void;
  kind: RequesterKind;
  today: LocalDate;
  disabled: boolean;
}) {
  const t = useText();
  const { run, busy } = useIdentityAction();
  const typed = draft.trim() ? parseResidentId(draft, today) : null;
  const onFile = stored ? parseResidentId(stored, today) : null;
  const current = typed ?? onFile;
  const childNumber = current?.ok === true && current.minor;
  const savable = typed?.ok === true && typed.normalized !== stored;

  const save = () =>
    run(async (db, actor) => {
      await recordRequesterIdNumber(db, caseId, draft, actor);
      onDraftChange('');
      return true;
    }, t('identity.panel.idNumber.saved'));

  return (
    <section className="identity-block" aria-labelledby="identity-id-number-title">
      <h3 id="identity-id-number-title" className="identity-subtitle">
        {t('identity.panel.idNumber.label')}
      </h3>
      <Flex gap={6} align="center" wrap style={{ marginBottom: 6 }}>
        <Typography.Text type="secondary">{t('identity.panel.idNumber.onFile')}</Typography.Text>
        {stored ? <RevealableIdNumber caseId={caseId} requesterId={requesterId} idNumber={stored} /> : <Typography.Text>{t('identity.panel.idNumber.none')}</Typography.Text>}
      </Flex>
      <Flex gap={8}>
        <Input
          aria-label={t('identity.panel.idNumber.label')}
          placeholder={t('identity.panel.idNumber.placeholder')}
          value={draft}
          maxLength={30}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          status={typed && !typed.ok ? 'error' : undefined}
          aria-invalid={typed ? !typed.ok : undefined}
          aria-describedby="identity-id-number-feedback"
          onChange={(e) => onDraftChange(e.target.value)}
          onPressEnter={() => (savable ? void save() : undefined)}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        />
        <Button disabled={!savable || disabled} loading={busy} onClick={() => void save()}>
          {t('identity.panel.idNumber.save')}
        </Button>
      </Flex>
      <div id="identity-id-number-feedback" aria-live="polite" style={{ marginTop: 4 }}>
        {typed && !typed.ok
          ? typed.errors.map((error) => (
              <Typography.Text key={error.code} type="danger" style={{ display: 'block' }}>
                {residentIdErrorText(error, t)}
              </Typography.Text>
            ))
          : null}
        {current?.ok ? <Typography.Text type={typed ? 'success' : 'secondary'}>{summary(current, t)}</Typography.Text> : null}
      </div>
      {childNumber && kind !== 'guardian' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={t('identity.minorWarning')}
          action={
            <Button
              size="small"
              danger
              disabled={disabled}
              loading={busy}
              onClick={() =>
                void run(async (db, actor) => {
                  // the number shown is the one that counts: save it first if it was only typed
                  if (savable) await recordRequesterIdNumber(db, caseId, draft, actor);
                  onDraftChange('');
                  return convertToMinorCase(db, caseId, actor);
                }, t('identity.panel.minor.converted'))
              }
            >
              {t('identity.panel.minor.convert')}
            </Button>
          }
        />
      ) : null}
      {childNumber && kind === 'guardian' ? <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('identity.panel.minor.childOnFile')} /> : null}
    </section>
  );
}
