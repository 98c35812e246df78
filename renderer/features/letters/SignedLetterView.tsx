import { Alert, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Case } from '../../../shared/domain/case';
import type { ResponseLetter } from '../../../shared/domain/letter';
import type { Requester } from '../../../shared/domain/requester';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { database } from '../../db/database';
import { signedLetterPdf, startCorrection } from '../../db/letters';
import type { RegisterRow } from '../../db/lettersRegister';
import { useText } from '../../i18n/useText';
import { EnvelopeModal } from './EnvelopeModal';
import { LetterActions, type LetterActionHandlers } from './LetterActions';
import { kindName } from './letterLabels';
import { MarkSentModal } from './MarkSentModal';
import { PdfFrame } from './PdfFrame';
import { useLetterActions } from './useLetterActions';

/** The PDF bytes of a signed letter as a Blob URL for the frame, released when the page goes. */
function useStoredPdfUrl(documentId: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let made: string | undefined;
    void signedLetterPdf(database(), { documentId }).then((bytes) => {
      if (!bytes) return;
      made = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/pdf' }));
      setUrl(made);
    });
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [documentId]);
  return url;
}

/**
 * A signed letter (SPEC §4): immutable — its PDF exactly as signed, its
 * SHA-256, who signed and when, how it was sent — with what staff do next:
 * print, save, e-mail draft, envelope, mark as sent, or correct it by a new
 * version that names this one.
 */
export function SignedLetterView({ letter, record, requester }: { letter: ResponseLetter; record: Case; requester: Requester }) {
  const t = useText();
  const navigate = useNavigate();
  const url = useStoredPdfUrl(letter.documentId);
  const actions = useLetterActions();
  const row: RegisterRow = useMemo(() => ({ letter, case: record, requester }), [letter, record, requester]);
  const [sending, setSending] = useState<RegisterRow | null>(null);
  const [envelope, setEnvelope] = useState<RegisterRow | null>(null);
  const versions = useLiveQuery(async () => {
    const db = database();
    const [replaced, replacedBy] = await Promise.all([letter.replaces ? db.letters.get(letter.replaces) : undefined, db.letters.where('replaces').equals(letter.id).first()]);
    return { replaced, replacedBy };
  }, [letter.id, letter.replaces]);
  const handlers: LetterActionHandlers = {
    actions,
    onMarkSent: setSending,
    onEnvelope: setEnvelope,
    onCorrect: versions?.replacedBy
      ? undefined
      : () =>
          void startCorrection(database(), letter.id).then((correction) => {
            void navigate(`/letters/${correction.id}`);
          }),
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={11}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="info" showIcon message={t('letters.editor.readOnly')} />
          <Card size="small">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('letters.register.column.letter')}>{kindName(letter, t)}</Descriptions.Item>
              <Descriptions.Item label={t('letters.editor.layout')}>{t(`letters.editor.layoutOption.${letter.language}`)}</Descriptions.Item>
              {versions?.replaced ? (
                <Descriptions.Item label={t('letters.register.version', { version: letter.version })}>
                  <Link to={`/letters/${versions.replaced.id}`}>{t('letters.register.replaces', { version: versions.replaced.version })}</Link>
                </Descriptions.Item>
              ) : null}
              {versions?.replacedBy ? (
                <Descriptions.Item label={t('letters.register.version', { version: letter.version })}>
                  <Link to={`/letters/${versions.replacedBy.id}`}>{t('letters.register.replacedBy', { version: versions.replacedBy.version })}</Link>
                </Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('letters.editor.signedAt')}>{letter.signedAt ? shanghaiDateTime(letter.signedAt) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('letters.editor.signedBy')}>{letter.signedBy ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('letters.editor.sha256')}>
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                  {letter.sha256}
                </Typography.Text>
              </Descriptions.Item>
              {letter.sentVia && letter.sentOn ? (
                <Descriptions.Item label={t('letters.editor.sentInfo')}>
                  {t('letters.register.sentVia', { via: t(`letters.delivery.${letter.sentVia}`), date: letter.sentOn })}
                  {letter.trackingNumber ? ` · ${t('letters.register.tracking', { number: letter.trackingNumber })}` : ''}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <LetterActions row={row} handlers={handlers} showOpen={false} size="middle" />
        </Space>
      </Col>
      <Col xs={24} xl={13}>
        <PdfFrame url={url} title={t('letters.editor.preview')} />
      </Col>
      <MarkSentModal row={sending} onSend={actions.markSent} onClose={() => setSending(null)} />
      <EnvelopeModal
        rows={envelope ? [envelope] : null}
        title={t('letters.envelope.titleFor', { reference: record.reference })}
        onEnvelopes={actions.envelopes}
        onClose={() => setEnvelope(null)}
      />
    </Row>
  );
}
