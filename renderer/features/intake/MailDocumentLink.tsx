import { Button } from 'antd';
import { useState } from 'react';
import type { CaseDocument } from '../../../shared/domain/document';
import { useText } from '../../i18n/useText';
import { MailViewer } from './MailViewer';

/** A document's name on the case page; an email opens in the mail viewer, other files show their name only. */
export function MailDocumentLink({ document }: { document: CaseDocument }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  if (document.kind !== 'email') return <>{document.fileName}</>;
  return (
    <>
      <Button type="link" size="small" style={{ padding: 0, height: 'auto', maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start' }} aria-label={t('intake.viewer.open', { name: document.fileName })} onClick={() => setOpen(true)}>
        {document.fileName}
      </Button>
      <MailViewer documentId={document.id} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
