import { Alert, Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { verifyProblemText } from '../../../shared/letters';
import { useText } from '../../i18n/useText';
import { kindName } from './letterLabels';
import type { VerifiedFile } from './useVerifier';

/** One verified file: the verdict, who signed and when, whether the bytes changed since, and the register match. */
export function VerifyResult({ result }: { result: VerifiedFile }) {
  const t = useText();
  const v = result.verification;
  const trust = result.trust;
  const verdict = !v.readable
    ? t('letters.verify.unreadable')
    : trust.kind === 'unsigned'
      ? t('letters.verify.unsigned')
      : trust.kind === 'ours'
        ? t('letters.verify.ours')
        : trust.kind === 'unknown-certificate'
          ? t('letters.verify.unknownCertificate')
          : t('letters.verify.changedAfterSigning');
  const alertType = trust.kind === 'ours' ? 'success' : trust.kind === 'unsigned' || trust.kind === 'unknown-certificate' ? 'warning' : 'error';
  const certified = v.signatures[0]?.certifies === 1;
  const problems = [...new Set(v.signatures.flatMap((s) => s.problems))];
  const changed = problems.includes('digest-mismatch') ? t('letters.verify.modified') : v.valid && !v.coversWholeDocument ? t('letters.verify.appended') : v.valid ? t('letters.verify.unchanged') : '—';
  const last = v.signatures.at(-1);
  return (
    <Card size="small" title={<h3 className="pane-title">{result.name}</h3>}>
      <Alert type={alertType} showIcon message={verdict} style={{ marginBottom: 12 }} role="status" />
      <Descriptions size="small" column={1} bordered>
        {trust.kind === 'ours' ? (
          <Descriptions.Item label={t('letters.verify.trust')}>{t(`letters.verify.oursVia.${trust.via}`, { anchor: trust.anchor ?? '' })}</Descriptions.Item>
        ) : null}
        {certified ? <Descriptions.Item label={t('letters.verify.changed')}>{t('letters.verify.certified')}</Descriptions.Item> : null}
        {v.timeStamp ? (
          <Descriptions.Item label={t('letters.verify.timeStamp')}>
            {v.timeStamp.valid && v.timeStamp.time !== undefined
              ? t('letters.verify.timeStampValid', { time: shanghaiDateTime(new Date(v.timeStamp.time).toISOString()), authority: v.timeStamp.authority ?? '' })
              : t('letters.verify.timeStampInvalid')}
          </Descriptions.Item>
        ) : null}
        {v.signer ? <Descriptions.Item label={t('letters.verify.signer')}>{v.signer.commonName}</Descriptions.Item> : null}
        {v.signer ? <Descriptions.Item label={t('letters.verify.subject')}>{v.signer.subject}</Descriptions.Item> : null}
        {v.signer ? (
          <Descriptions.Item label={t('letters.verify.issuer')}>
            {v.signer.issuer}
            {v.signer.selfIssued ? <div><Typography.Text type="secondary">{t('letters.verify.selfIssued')}</Typography.Text></div> : null}
          </Descriptions.Item>
        ) : null}
        {v.signer ? (
          <Descriptions.Item label={t('letters.verify.fingerprint')}>
            <Typography.Text code style={{ wordBreak: 'break-all' }}>{v.signer.fingerprint}</Typography.Text>
          </Descriptions.Item>
        ) : null}
        {v.signedAt ? <Descriptions.Item label={t('letters.verify.signedAt')}>{shanghaiDateTime(v.signedAt)}</Descriptions.Item> : null}
        {last?.reason ? <Descriptions.Item label={t('letters.verify.reason')}>{last.reason}</Descriptions.Item> : null}
        {v.signatures.length ? <Descriptions.Item label={t('letters.verify.changed')}>{changed}</Descriptions.Item> : null}
        {problems.length ? <Descriptions.Item label={t('letters.verify.problems')}>{problems.map((p) => verifyProblemText(p, t)).join('；')}</Descriptions.Item> : null}
        <Descriptions.Item label={t('letters.editor.sha256')}>
          <Typography.Text code style={{ wordBreak: 'break-all' }}>{v.sha256}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('letters.verify.register')}>
          {result.match ? (
            <Link to={`/letters/${result.match.letter.id}`}>
              {t('letters.verify.inRegister', { reference: result.match.reference, letter: kindName(result.match.letter, t), version: result.match.letter.version })}
            </Link>
          ) : (
            t('letters.verify.notInRegister')
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
