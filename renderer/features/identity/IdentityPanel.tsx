import { Alert, Card, Spin, Tag } from 'antd';
import { useState } from 'react';
import { todayInShanghai } from '../../../shared/domain/time';
import { currentDecision } from '../../../shared/identity/identityCheck';
import { fraudSignalText } from '../../../shared/identity/messages';
import type { IdentityOutcome } from '../../../shared/identity/vocabulary';
import { checkInputOf, evaluateCaseIdentity, storedInputs } from '../../db/identityFacts';
import { useText } from '../../i18n/useText';
import { ChecklistSection } from './ChecklistSection';
import { CreditCodeSection } from './CreditCodeSection';
import { EvidenceSection } from './EvidenceSection';
import { IdNumberSection } from './IdNumberSection';
import './identity.css';
import { NamesSection } from './NamesSection';
import { OutcomeSection } from './OutcomeSection';
import { ProposalsSection } from './ProposalsSection';
import { RequesterKindField } from './RequesterKindField';
import { useIdentityPanelData } from './useIdentityPanelData';

const OUTCOME_COLOURS: Record<IdentityOutcome, string> = { verified: 'success', insufficient: 'warning', failed: 'error' };

/**
 * 身份验证 on the case page (SPEC §2, policy 4.6, 10.2): who is asking, the
 * checklist for that kind and request type, the ID number and credit code
 * validated as typed, the names compared, fraud signals, the outcome and
 * what it leads to, and the identity evidence with its purge.
 */
export function IdentityPanel({ caseId }: { caseId: string }) {
  const t = useText();
  const data = useIdentityPanelData(caseId);
  // typed but not yet saved: the evaluation already judges what is typed, so
  // "verified" is not offered while the field shows an invalid number
  const [idDraft, setIdDraft] = useState('');
  const [codeDraft, setCodeDraft] = useState('');

  const title = (
    <h2 className="pane-title" id="identity-panel-title">
      {t('identity.title')}
    </h2>
  );
  if (!data) return <Card size="small" title={title} style={{ marginBottom: 16 }}>{data === undefined ? <Spin /> : null}</Card>;

  const { record, requester, check, documents, unansweredDays, signals } = data;
  const today = todayInShanghai(Date.now());
  const inputs = storedInputs(requester, check);
  const evaluation = evaluateCaseIdentity(record, requester, check, today, {
    ...inputs,
    ...(idDraft.trim() ? { idNumber: idDraft } : {}),
    ...(codeDraft.trim() ? { creditCode: codeDraft } : {}),
  });
  const kind = checkInputOf(record, requester, check).requesterKind;
  const decision = check ? currentDecision(check) : undefined;
  const closed = record.status === 'closed';
  const latestOverride = (k: 'credit-code-check-character' | 'name-mismatch') => check?.overrides.filter((o) => o.kind === k).at(-1);
  const verificationDone = record.verifiedAt !== undefined || decision?.outcome === 'verified';

  return (
    <Card
      size="small"
      title={title}
      style={{ marginBottom: 16 }}
      className="identity-panel"
      role="region"
      aria-labelledby="identity-panel-title"
      extra={
        <Tag color={decision ? OUTCOME_COLOURS[decision.outcome] : record.verifiedAt ? 'success' : 'default'} data-testid="identity-outcome-tag">
          {decision ? t(`identity.outcome.${decision.outcome}`) : record.verifiedAt ? t('identity.outcome.verified') : t('identity.panel.notStarted')}
        </Tag>
      }
    >
      <section className="identity-block">
        <RequesterKindField caseId={caseId} kind={kind} doubt={check?.reasonableDoubt} disabled={closed} />
      </section>
      {signals.length > 0 ? (
        <section className="identity-block" aria-label={t('identity.panel.fraudTitle')}>
          <Alert
            type="error"
            showIcon
            title={t('identity.panel.fraudTitle')}
            description={
              <ul className="identity-blockers">
                {signals.map((s) => (
                  <li key={s.code}>{fraudSignalText(s, t)}</li>
                ))}
              </ul>
            }
          />
        </section>
      ) : null}
      <ChecklistSection caseId={caseId} checklist={evaluation.checklist} documents={documents} disabled={closed} />
      {requester ? (
        <IdNumberSection
          caseId={caseId}
          requesterId={requester.id}
          stored={requester.idNumber}
          draft={idDraft}
          onDraftChange={setIdDraft}
          kind={kind}
          today={today}
          disabled={closed}
        />
      ) : null}
      {kind === 'enterprise' ? (
        <CreditCodeSection caseId={caseId} stored={requester?.creditCode} draft={codeDraft} onDraftChange={setCodeDraft} override={latestOverride('credit-code-check-character')} disabled={closed} />
      ) : null}
      <NamesSection caseId={caseId} requestName={requester?.name ?? ''} seen={check?.namesSeen} override={latestOverride('name-mismatch')} disabled={closed} />
      <OutcomeSection caseId={caseId} evaluation={evaluation} check={check} disabled={closed} />
      <ProposalsSection record={record} check={check} today={today} unansweredDays={unansweredDays} disabled={closed} />
      <EvidenceSection documents={documents} verificationDone={verificationDone} />
    </Card>
  );
}
