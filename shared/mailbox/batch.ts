import { z } from 'zod';
import { instantSchema } from '../domain/time';
import { accountIdSchema } from './account';

/**
 * Messages handed from the mailbox (main process or the web host's server)
 * to the case store (the renderer), a page at a time, and the answer that
 * says which are now on a case (moved to the done folder) and which are not
 * (left in the mailbox, tried again on the next connection). Nothing is
 * moved before the store has it: a crash in between at worst fetches a
 * message again, and the store knows it by its UID or its SHA-256.
 */
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes');

/** Where a message is on the server: its account, folder, UIDVALIDITY and UID (RFC 3501 §2.3.1.1). */
export const messageSourceSchema = z.object({
  accountId: accountIdSchema,
  folder: z.string().min(1).max(200),
  uidValidity: z.number().int().positive().max(0xffffffff),
  uid: z.number().int().positive().max(0xffffffff),
});
export type MessageSource = z.infer<typeof messageSourceSchema>;

export const mailboxMessageSchema = messageSourceSchema.extend({
  /** INTERNALDATE: when our server took the message — the time of receipt (issue 17); absent only if the server sent none readable */
  internalDate: instantSchema.optional(),
  size: z.number().int().nonnegative(),
  /** the message byte for byte */
  raw: bytes,
});
export type MailboxMessage = z.infer<typeof mailboxMessageSchema>;

/** At most this many messages in one batch: a page of a large first synchronisation. */
export const MAX_BATCH_MESSAGES = 100;

export const mailboxBatchSchema = z.object({
  batchId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  messages: z.array(mailboxMessageSchema).min(1).max(MAX_BATCH_MESSAGES),
});
export type MailboxBatch = z.infer<typeof mailboxBatchSchema>;

export const ackOutcomeIds = ['stored', 'not-stored'] as const;
export const mailboxAckSchema = z.object({
  batchId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  results: z.array(messageSourceSchema.extend({ outcome: z.enum(ackOutcomeIds) })).max(MAX_BATCH_MESSAGES),
});
export type MailboxAck = z.infer<typeof mailboxAckSchema>;

/** The key of a message in the store's ledger of mailbox receipts. */
export function messageKey(source: MessageSource): string {
  return `${source.accountId}|${source.uidValidity}|${source.uid}|${source.folder}`;
}
