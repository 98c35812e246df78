import { Button, Checkbox, Flex, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Case } from '../../../shared/domain/case';
import { requestTypeIds, type RequestType } from '../../../shared/domain/requestTypes';
import { useAppDispatch, useAppSelector } from '../../app/store';
import { confirmRequestType, linkCaseToRequester, setGdprFlag } from '../../db/intakeReview';
import { useText } from '../../i18n/useText';
import type { ReportRow } from './importReport';
import { requesterDecided, selectRequesterDecisions } from './intakeSlice';
import { useReviewAction } from './useReviewAction';

type CreatedRow = Extract<ReportRow, { outcome: 'created' }>;

/**
 * The officer's review of a new case (SPEC §1): the suggested request type
 * with the words that triggered it, confirmed or changed; the EEA flag with
 * its reasons; a known requester who shares a contact, linked or kept apart.
 */
export function CreatedReview({ row, record }: { row: CreatedRow; record: Case | undefined }) {
  const t = useText();
  const dispatch = useAppDispatch();
  const decisions = useAppSelector(selectRequesterDecisions);
  const { run, busy, ready } = useReviewAction();
  const [chosen, setChosen] = useState<RequestType | undefined>(undefined);
  const type = chosen ?? record?.requestType ?? row.suggestion.type;
  const decision = decisions[row.caseId];
  const { suggestion, eea } = row;

  return (
    <Flex vertical gap={6}>
      {row.needsReview ? (
        <span>
          <Tag color="orange">{t('intake.needsReview')}</Tag>
        </span>
      ) : null}
      <Typography.Text>
        {t('intake.review.suggested', { type: t(`requestType.${suggestion.type}`), confidence: t(`intake.confidence.${suggestion.confidence}`) })}
        {suggestion.triggers.length ? <Typography.Text type="secondary"> · {t('intake.suggestion.triggers', { words: suggestion.triggers.join(t('intake.listSeparator')) })}</Typography.Text> : null}
      </Typography.Text>
      <Space wrap>
        <Select<RequestType>
          aria-label={t('intake.review.typeLabel', { reference: row.reference })}
          value={type}
          onChange={setChosen}
          style={{ width: 190 }}
          size="small"
          options={requestTypeIds.map((id) => ({ value: id, label: t(`requestType.${id}`) }))}
        />
        <Button
          size="small"
          aria-label={t('intake.review.confirmTypeLabel', { reference: row.reference })}
          disabled={!ready || !record || (record.typeConfirmed && record.requestType === type)}
          loading={busy}
          onClick={() => void run((db, actor) => confirmRequestType(db, row.caseId, type, actor))}
        >
          {t('intake.review.confirmType')}
        </Button>
        {record?.typeConfirmed ? <Typography.Text type="success">{t('intake.review.typeConfirmed', { type: t(`requestType.${record.requestType}`) })}</Typography.Text> : null}
      </Space>
      {eea.eea || record?.gdpr ? (
        <Flex vertical gap={2}>
          <Checkbox
            aria-label={t('intake.review.gdprLabel', { reference: row.reference })}
            checked={record?.gdpr ?? eea.eea}
            disabled={!ready || !record || busy}
            onChange={(e) => void run((db, actor) => setGdprFlag(db, row.caseId, e.target.checked, actor))}
          >
            {t('intake.review.gdprApplies')}
          </Checkbox>
          {eea.reasons.map((r) => (
            <Typography.Text key={r.code} type="secondary" style={{ paddingInlineStart: 24 }}>
              {t(`intake.eeaReason.${r.code}`, { evidence: r.evidence })}
            </Typography.Text>
          ))}
        </Flex>
      ) : null}
      {row.matches.length ? (
        <Flex vertical gap={4}>
          <Typography.Text strong>{t('intake.match.title')}</Typography.Text>
          {row.matches.map((m) => {
            const fields = m.matchedOn.map((f) => t(`intake.match.${f}`)).join(t('intake.listSeparator'));
            const linkedHere = decision === 'linked' && record?.requesterId === m.requesterId;
            return (
              <Flex key={m.requesterId} vertical gap={2}>
                <Typography.Text>{t('intake.review.matchWith', { name: m.name, fields })}</Typography.Text>
                {m.nameDiffers ? <Typography.Text type="warning">{t('intake.match.nameDiffers')}</Typography.Text> : null}
                {decision ? (
                  <Typography.Text type="success">{linkedHere ? t('intake.review.linked', { name: m.name }) : decision === 'separate' ? t('intake.review.keptSeparate') : null}</Typography.Text>
                ) : (
                  <Space wrap>
                    <Button
                      size="small"
                      aria-label={t('intake.review.acceptLabel', { reference: row.reference, name: m.name })}
                      disabled={!ready}
                      onClick={async () => {
                        if (await run((db, actor) => linkCaseToRequester(db, row.caseId, m.requesterId, actor))) dispatch(requesterDecided({ caseId: row.caseId, decision: 'linked' }));
                      }}
                    >
                      {t('intake.match.accept')}
                    </Button>
                    <Button size="small" aria-label={t('intake.review.splitLabel', { reference: row.reference })} onClick={() => dispatch(requesterDecided({ caseId: row.caseId, decision: 'separate' }))}>
                      {t('intake.match.split')}
                    </Button>
                  </Space>
                )}
              </Flex>
            );
          })}
        </Flex>
      ) : null}
      {row.unknownReference ? <Typography.Text type="secondary">{t('intake.unknownReference', { reference: row.unknownReference })}</Typography.Text> : null}
      {/* issue 12: a message that names a case its sender may not join opens its own, citing that one */}
      {row.cites ? (
        <Typography.Text type="warning">
          {t('intake.report.cites', { reference: row.cites.reference, via: t(`intake.joinedVia.${row.cites.via}`) })}{' '}
          <Link to={`/cases/${row.cites.caseId}`} aria-label={t('intake.report.citesLink', { reference: row.cites.reference })}>
            {row.cites.reference}
          </Link>
        </Typography.Text>
      ) : null}
      {row.enterprise ? <Typography.Text>{t('intake.review.enterprise', { organisation: row.enterprise.organisation ?? '—', code: row.enterprise.creditCode })}</Typography.Text> : null}
      {row.messageIdReused ? <Typography.Text type="warning">{t('intake.report.messageIdReused')}</Typography.Text> : null}
      {row.receiptUnconfirmed ? <Typography.Text type="warning">{t('intake.report.receiptUnconfirmed')}</Typography.Text> : null}
    </Flex>
  );
}
