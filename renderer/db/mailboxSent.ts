import { sha256Hex } from '../../shared/audit/chain';
import { redactFileName } from '../../shared/audit/redact';
import { shanghaiDate } from '../../shared/domain/time';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';
import { markLetterSent } from './letters';

/**
 * A reply sent from the case over the legal mailbox (issue 17), recorded in
 * one transaction: the message exactly as sent becomes an `email` document of
 * the case, its Message-ID joins the case's (so the requester's answer
 * threads to it), and the letter is marked sent by e-mail at the moment the
 * server accepted it ('letter.sent', markLetterSent). A failed send records
 * nothing: the letter stays signed and unsent.
 */
export interface SentReply {
  letterId: string;
  eml: Uint8Array;
  fileName: string;
  /** the SMTP server's acceptance (ISO instant) */
  acceptedAt: string;
  /** the server's answer, for the record */
  response: string;
  savedToSent: boolean;
}

/** The Message-ID of a message we wrote (shared/mail/eml.ts), without angle brackets. */
export function messageIdOf(eml: Uint8Array): string | undefined {
  const head = new TextDecoder().decode(eml.subarray(0, Math.min(eml.byteLength, 16 * 1024)));
  return /^Message-ID:\s*<([^>\r\n]+)>/im.exec(head)?.[1];
}

export async function recordSentReply(db: CaseDeskDatabase, sent: SentReply, actor: string): Promise<void> {
  const acceptedAt = new Date(sent.acceptedAt);
  await db.transaction('rw', [db.letters, db.cases, db.documents, db.documentBlobs, db.auditLog], async () => {
    const letter = await db.letters.get(sent.letterId);
    if (!letter) throw new Error(`letter ${sent.letterId} does not exist`);
    const record = await db.cases.get(letter.caseId);
    if (!record) throw new Error(`case ${letter.caseId} does not exist`);
    const id = crypto.randomUUID();
    const sha256 = sha256Hex(sent.eml);
    await db.documents.add({ id, caseId: record.id, kind: 'email', fileName: sent.fileName, mimeType: 'message/rfc822', size: sent.eml.byteLength, sha256, identityEvidence: false, addedAt: sent.acceptedAt, addedBy: actor });
    await db.documentBlobs.add({ id, bytes: sent.eml });
    const messageId = messageIdOf(sent.eml);
    if (messageId && !record.messageIds.includes(messageId)) await db.cases.put({ ...record, messageIds: [...record.messageIds, messageId], updatedAt: sent.acceptedAt });
    await appendAudit(db, {
      at: sent.acceptedAt,
      actor,
      action: 'document.added',
      subject: `case:${record.id}`,
      summary: `${record.reference} ${redactFileName(sent.fileName)} ${sent.response}`.slice(0, 2000),
      after: { documentId: id, sha256, messageId: messageId ?? null, savedToSent: sent.savedToSent },
    });
    await markLetterSent(db, sent.letterId, { via: 'email', sentOn: shanghaiDate(acceptedAt.getTime()) }, actor, acceptedAt);
  });
}
