import { Empty, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { database } from '../../db/database';
import { useText } from '../../i18n/useText';
import { PdfFrame } from '../letters/PdfFrame';

/** The kinds of stored file the app shows itself: a PDF in the browser's PDF viewer, a picture inline. */
export function previewKind(mimeType: string): 'pdf' | 'image' | undefined {
  if (mimeType === 'application/pdf') return 'pdf';
  // an SVG may carry script: never shown inline
  if (/^image\/(?:png|jpeg|gif|webp)$/.test(mimeType)) return 'image';
  return undefined;
}

/**
 * A stored file (a document's or an unsorted file's bytes, by blob id) shown
 * in a dialog: a PDF in the PDF viewer, a picture inline; the blob URL lives
 * as long as the dialog does.
 */
export function FilePreview({ blobId, fileName, mimeType, open, onClose }: { blobId: string; fileName: string; mimeType: string; open: boolean; onClose: () => void }) {
  const t = useText();
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  const kind = previewKind(mimeType);

  useEffect(() => {
    if (!open || !kind) return;
    let made: string | undefined;
    let live = true;
    void database()
      .documentBlobs.get(blobId)
      .then((blob) => {
        if (!live) return;
        if (!blob) return setUrl(null);
        made = URL.createObjectURL(new Blob([blob.bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
        setUrl(made);
      });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
      setUrl(undefined);
    };
  }, [open, blobId, mimeType, kind]);

  return (
    <Modal open={open} title={fileName} onCancel={onClose} footer={null} width={kind === 'pdf' ? 900 : 720} destroyOnHidden>
      {!kind || url === null ? (
        <Empty description={t('cases.documents.noPreview')} />
      ) : kind === 'pdf' ? (
        <PdfFrame url={url ?? undefined} title={fileName} />
      ) : url ? (
        <img src={url} alt={fileName} style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }} />
      ) : (
        <Spin />
      )}
    </Modal>
  );
}
