import { useNavigate } from 'react-router';
import { Alert, Button, Flex, Popconfirm } from 'antd';
import type { Case } from '../../../shared/domain/case';
import type { LocalDate } from '../../../shared/domain/time';
import { currentDecision, type IdentityCheck } from '../../../shared/identity/identityCheck';
import { closeCase, resumeClock } from '../../db/caseClock';
import { unansweredProposal } from '../../db/identityDecisions';
import { useText } from '../../i18n/useText';
import { useIdentityAction } from './useIdentityAction';

/**
 * What "insufficient" leads to (SPEC §2): the letter asking for more is
 * proposed (one click opens the letter editor on that template; nothing
 * pretends a letter was sent until one is signed), the clock waits for
 * the requester's answer, and after the configured period without one the
 * case proposes closing as unanswered.
 */
export function ProposalsSection({
  record,
  check,
  today,
  unansweredDays,
  disabled,
}: {
  record: Case;
  check: IdentityCheck | undefined;
  today: LocalDate;
  unansweredDays: number;
  disabled: boolean;
}) {
  const t = useText();
  const navigate = useNavigate();
  const { run, busy } = useIdentityAction();
  const decision = check ? currentDecision(check) : undefined;
  const pause = record.pauses.find((p) => !p.to);
  if (decision?.outcome !== 'insufficient' || record.status !== 'paused' || !pause) return null;
  const unanswered = unansweredProposal(record, check, today, unansweredDays);

  return (
    <Flex vertical gap={8} className="identity-proposals">
      <Alert
        type="info"
        showIcon
        title={t('identity.panel.proposal.letterTitle')}
        description={
          <Flex vertical gap={6} align="start">
            <div>{t('identity.panel.proposal.letterBody', { template: t('identity.panel.proposal.letterTemplate'), reason: decision.reason ?? '', from: pause.from })}</div>
            <Button size="small" type="primary" disabled={disabled} onClick={() => void navigate(`/cases/${record.id}/letters/new?kind=information-request`)}>
              {t('identity.panel.proposal.writeLetter')}
            </Button>
            <Button
              size="small"
              disabled={disabled}
              loading={busy}
              onClick={() => void run((db, actor) => resumeClock(db, record.id, today < pause.from ? pause.from : today, actor), t('identity.panel.proposal.resumed'))}
            >
              {t('identity.panel.proposal.answered')}
            </Button>
          </Flex>
        }
      />
      {unanswered ? (
        <Alert
          type="warning"
          showIcon
          title={t('identity.panel.proposal.unansweredTitle')}
          description={
            <Flex vertical gap={6} align="start">
              <div>{t('identity.panel.proposal.unansweredBody', { since: unanswered.since, days: unanswered.days, period: unansweredDays })}</div>
              <Popconfirm
                title={t('identity.panel.proposal.closeConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  run((db, actor) => closeCase(db, record.id, { outcome: 'closed-unanswered', closedAt: new Date().toISOString() }, actor), t('identity.panel.proposal.closed'))
                }
              >
                <Button size="small" danger disabled={disabled} loading={busy}>
                  {t('identity.panel.proposal.closeUnanswered')}
                </Button>
              </Popconfirm>
            </Flex>
          }
        />
      ) : null}
    </Flex>
  );
}
