import { useEffect, useState } from 'react';
import type { Case } from '../../../shared/domain/case';
import type { CaseDocument } from '../../../shared/domain/document';
import type { IntakeSource, ParseResult, ViewedHtml } from '../../../shared/intake';
import { database } from '../../db/database';
import { COMPANY_MAIL_DOMAINS, megabytesToBytes, readAttachmentLimitMb } from '../../db/intakeSettings';
import { createIntakeWorker, viewInWorker } from '../../workers/intakeWorkerClient';

export type StoredMessage =
  | { state: 'loading' }
  | { state: 'missing' }
  | {
      state: 'ready';
      document: CaseDocument;
      record: Case | undefined;
      bytes: Uint8Array | undefined;
      parsed: ParseResult | undefined;
      /** the HTML body sanitised in the worker (issue 12: the viewer never freezes) */
      html?: ViewedHtml;
      /** reading it again ran past the budget: the raw file can still be saved */
      timedOut?: boolean;
      /** the worker failed (a bug of ours): said, and the raw file can still be saved */
      error?: string;
    };

/** A stored message's `imap:<mailbox>:<uidvalidity>:<uid>` source, with the case's receipt as its INTERNALDATE. */
function mailboxSource(source: string | undefined, internalDate: string): IntakeSource | undefined {
  const m = source ? /^imap:(.*):(\d+):(\d+)$/.exec(source) : null;
  return m ? { kind: 'imap', mailbox: m[1]!, uidValidity: Number(m[2]), uid: Number(m[3]), internalDate } : undefined;
}

/**
 * A stored `email` document read again for display, in the intake worker (a
 * large message must not stall the window), its HTML sanitised there too and
 * within the same time budget as at intake (issue 12). The bytes are the ones
 * recorded at intake; a document that kept a parser error is not parsed again.
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
      const source = record && record.receivedAtSource === 'server-internaldate' ? mailboxSource(document.source, record.receivedAt) : undefined;
      const limit = megabytesToBytes(await readAttachmentLimitMb(db));
      let viewed;
      try {
        viewed = await viewInWorker(
          createIntakeWorker,
          { name: document.fileName, bytes: blob.bytes, ...(opening ? { lastModified: record.receivedAt } : {}), ...(source ? { source } : {}) },
          { companyDomains: COMPANY_MAIL_DOMAINS, attachmentLimitBytes: limit },
        );
      } catch (error) {
        if (live) setState({ state: 'ready', document, record, bytes: blob.bytes, parsed: undefined, error: error instanceof Error ? error.message : String(error) });
        return;
      }
      if (!live) return;
      if ('timedOut' in viewed) setState({ state: 'ready', document, record, bytes: blob.bytes, parsed: undefined, timedOut: true });
      else setState({ state: 'ready', document, record, bytes: blob.bytes, parsed: viewed.result, ...(viewed.html ? { html: viewed.html } : {}) });
    })();
    return () => {
      live = false;
    };
  }, [documentId]);
  return state;
}
