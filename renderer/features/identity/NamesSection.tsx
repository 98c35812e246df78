import { Alert, Button, Input, Typography } from 'antd';
import { Fragment, useEffect, useState } from 'react';
import type { IdentityOverride } from '../../../shared/identity/identityCheck';
import { nameComparisonText } from '../../../shared/identity/messages';
import { compareNames } from '../../../shared/identity/names';
import { recordNamesSeen } from '../../db/identityChecks';
import { useText } from '../../i18n/useText';
import { OverrideForm } from './OverrideForm';
import { useIdentityAction } from './useIdentityAction';

/**
 * Name consistency (SPEC §2): the name in the request (the requester's), on
 * the ID document and on the account. A mismatch warns and holds up
 * "verified" until the officer accepts it with a reason.
 */
export function NamesSection({
  caseId,
  requestName,
  seen,
  override,
  disabled,
}: {
  caseId: string;
  requestName: string;
  seen: { idDocument?: string; account?: string; accountEmail?: string } | undefined;
  override: IdentityOverride | undefined;
  disabled: boolean;
}) {
  const t = useText();
  const { run, busy } = useIdentityAction();
  const [idDocument, setIdDocument] = useState(seen?.idDocument ?? '');
  const [account, setAccount] = useState(seen?.account ?? '');
  const [accountEmail, setAccountEmail] = useState(seen?.accountEmail ?? '');
  useEffect(() => {
    setIdDocument(seen?.idDocument ?? '');
    setAccount(seen?.account ?? '');
    setAccountEmail(seen?.accountEmail ?? '');
  }, [seen?.idDocument, seen?.account, seen?.accountEmail]);

  const comparison = compareNames({ request: requestName, idDocument: seen?.idDocument, account: seen?.account });
  const [headline, ...pairs] = nameComparisonText(comparison, t);
  const changed =
    idDocument.trim() !== (seen?.idDocument ?? '') || account.trim() !== (seen?.account ?? '') || accountEmail.trim().toLowerCase() !== (seen?.accountEmail ?? '');

  return (
    <section className="identity-block" aria-labelledby="identity-names-title">
      <h3 id="identity-names-title" className="identity-subtitle">
        {t('identity.panel.names.title')}
      </h3>
      <div className="identity-names">
        <Typography.Text type="secondary">{t('identity.panel.names.label.request')}</Typography.Text>
        <Typography.Text>{requestName}</Typography.Text>
        {(
          [
            ['idDocument', idDocument, setIdDocument],
            ['account', account, setAccount],
            ['accountEmail', accountEmail, setAccountEmail],
          ] as const
        ).map(([source, value, set]) => (
          <Fragment key={source}>
            <Typography.Text type="secondary">
              <label htmlFor={`identity-name-${source}`}>{t(`identity.panel.names.label.${source}`)}</label>
            </Typography.Text>
            <Input id={`identity-name-${source}`} value={value} maxLength={200} disabled={disabled} onChange={(e) => set(e.target.value)} />
          </Fragment>
        ))}
        <span />
        <div>
          <Button
            disabled={disabled || !changed}
            loading={busy}
            onClick={() => void run((db, actor) => recordNamesSeen(db, caseId, { idDocument, account, accountEmail }, actor))}
          >
            {t('identity.panel.names.save')}
          </Button>
        </div>
      </div>
      {comparison.result === 'mismatch' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={headline}
          description={
            <>
              {pairs.map((p) => (
                <div key={p}>{p}</div>
              ))}
              <OverrideForm caseId={caseId} kind="name-mismatch" accepted={override} disabled={disabled} />
            </>
          }
        />
      ) : (
        <Typography.Text type={comparison.result === 'match' ? 'success' : 'secondary'} style={{ display: 'block', marginTop: 6 }}>
          {headline}
        </Typography.Text>
      )}
    </section>
  );
}
