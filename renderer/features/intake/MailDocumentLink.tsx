import { Button } from 'antd';
import { useState } from 'react';
import type { CaseDocument } from '../../../shared/domain/document';
import { useText } from '../../i18n/useText';
import { FilePreview, previewKind } from '../cases/FilePreview';
import { MailViewer } from './MailViewer';

const linkStyle = { padding: 0, height: 'auto', maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start' } as const;

/**
 * A document's name on the case page: an email opens in the mail viewer, a
 * PDF in the PDF viewer and a picture inline (issue 14: materials opened from
 * the case); other files, and purged ones, show their name only.
 */
export function MailDocumentLink({ document }: { document: CaseDocument }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  if (document.kind === 'email')
    return (
      <>
        <Button type="link" size="small" style={linkStyle} aria-label={t('intake.viewer.open', { name: document.fileName })} onClick={() => setOpen(true)}>
          {document.fileName}
        </Button>
        <MailViewer documentId={document.id} open={open} onClose={() => setOpen(false)} />
      </>
    );
  if (document.purgedAt || !previewKind(document.mimeType)) return <>{document.fileName}</>;
  return (
    <>
      <Button type="link" size="small" style={linkStyle} aria-label={t('cases.documents.open', { name: document.fileName })} onClick={() => setOpen(true)}>
        {document.fileName}
      </Button>
      {open ? <FilePreview open blobId={document.id} fileName={document.fileName} mimeType={document.mimeType} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
