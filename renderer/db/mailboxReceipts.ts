import { messageKey, type MessageSource } from '../../shared/mailbox';
import type { CaseDeskDatabase } from './database';

/**
 * The ledger of what was read from the legal mailbox (issue 17): one row per
 * message as the server numbered it (account, folder, UIDVALIDITY, UID), with
 * the server's INTERNALDATE, the SHA-256 of the bytes stored and the case
 * they are on. A message offered again under the same numbers is known at
 * once; under new numbers (a UIDVALIDITY change, a message moved back) the
 * intake recognises its bytes and it gets a second row pointing at the same
 * case. A message deleted on the server keeps its row and its case.
 */
export interface MailboxReceipt extends MessageSource {
  /** messageKey(): account|uidValidity|uid|folder */
  key: string;
  internalDate?: string;
  sha256: string;
  /** the case the message is on (absent only if the store could say none) */
  caseId?: string;
  /** what the intake made of it */
  outcome: 'created' | 'joined' | 'duplicate' | 'failed' | 'unsorted';
  receivedAt: string;
}

export async function receiptsFor(db: CaseDeskDatabase, sources: readonly MessageSource[]): Promise<Map<string, MailboxReceipt>> {
  const keys = sources.map(messageKey);
  const found = await db.mailboxReceipts.bulkGet(keys);
  return new Map(found.filter((r): r is MailboxReceipt => r !== undefined).map((r) => [r.key, r]));
}

export async function recordReceipts(db: CaseDeskDatabase, receipts: readonly MailboxReceipt[]): Promise<void> {
  if (receipts.length > 0) await db.mailboxReceipts.bulkPut([...receipts]);
}

/** Where a case's messages came from on the server, for the case page. */
export function receiptsOfCase(db: CaseDeskDatabase, caseId: string): Promise<MailboxReceipt[]> {
  return db.mailboxReceipts.where('caseId').equals(caseId).toArray();
}
