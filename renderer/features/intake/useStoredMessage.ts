import { useEffect, useState } from 'react';
import type { Case } from '../../../shared/domain/case';
import type { CaseDocument } from '../../../shared/domain/document';
import type { ParseResult } from '../../../shared/intake';
import { database } from '../../db/database';
import { COMPANY_MAIL_DOMAINS, megabytesToBytes, readAttachmentLimitMb } from '../../db/intakeSettings';
import { createIntakeWorker, parseInWorker } from '../../workers/intakeWorkerClient';

export type StoredMessage =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; document: CaseDocument; record: Case | undefined; bytes: Uint8Array | undefined; parsed: ParseResult | undefined };

/**
 * A stored `email` document read again for display, in the intake worker (a
 * large message must not stall the window). The bytes are the ones recorded
 * at intake; a document that kept a parser error is not parsed again.
 */
export function useStoredMessage(documentId: string | undefined): StoredMessage {
  const [state, setState] = useState<StoredMessage>({ state: 'loading' });
  useEffect(() => {
    if (!documentId) return;
    let live = true;
    setState({ state: 'loading' });
    void (async () => {
      const db = database();
      const [document, blob] = await Promise.all([db.documents.get(documentId), db.documentBlobs.get(documentId)]);
      if (!document) return live && setState({ state: 'missing' });
      const record = await db.cases.get(document.caseId);
      if (!blob || document.error) return live && setState({ state: 'ready', document, record, bytes: blob?.bytes, parsed: undefined });
      // the file's time is kept only as the case's receipt, and only for the message that opened it
      const opening = record && record.receivedAtSource === 'file-time' && document.addedAt === record.createdAt;
      const limit = megabytesToBytes(await readAttachmentLimitMb(db));
      const [parsed] = await parseInWorker(
        createIntakeWorker(),
        { name: document.fileName, bytes: blob.bytes.slice(), ...(opening ? { lastModified: record.receivedAt } : {}) },
        { companyDomains: COMPANY_MAIL_DOMAINS, attachmentLimitBytes: limit },
      );
      if (live) setState({ state: 'ready', document, record, bytes: blob.bytes, parsed });
    })();
    return () => {
      live = false;
    };
  }, [documentId]);
  return state;
}
