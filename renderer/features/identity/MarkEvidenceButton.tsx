import { Button, Tag } from 'antd';
import type { CaseDocument } from '../../../shared/domain/document';
import { markIdentityEvidence } from '../../db/identityEvidence';
import { useText } from '../../i18n/useText';
import { useIdentityAction } from './useIdentityAction';

/**
 * An ID scan that came attached to a mail or in a postal letter becomes
 * identity evidence when the officer says so (issue 11), and can then be
 * purged from the identity panel once identity is verified.
 */
export function MarkEvidenceButton({ document }: { document: CaseDocument }) {
  const t = useText();
  const { run, busy, ready } = useIdentityAction();
  if (document.identityEvidence) return <Tag color="gold">{t('cases.documents.evidence')}</Tag>;
  if (document.purgedAt || (document.kind !== 'attachment' && document.kind !== 'scan')) return null;
  return (
    <Button
      size="small"
      loading={busy}
      disabled={!ready}
      aria-label={t('cases.documents.markEvidenceLabel', { name: document.fileName })}
      onClick={() => void run((db, actor) => markIdentityEvidence(db, document.id, actor), t('cases.documents.markedEvidence'))}
    >
      {t('cases.documents.markEvidence')}
    </Button>
  );
}
