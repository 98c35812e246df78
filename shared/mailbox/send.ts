import { z } from 'zod';
import { instantSchema } from '../domain/time';
import { accountIdSchema } from './account';

/** A reply sent from the case (issue 17): the signed letter's .eml over SMTP. */
export const MAX_SEND_BYTES = 40 * 1024 * 1024;

export const mailboxSendProblemIds = [
  'no-account', // no such account, or it has no SMTP server
  'no-password',
  'keychain-unavailable',
  'unreachable',
  'auth-failed',
  'tls-untrusted',
  'tls-failed',
  'rejected', // the server refused the message or a recipient; `detail` has its answer
  'connection-lost',
] as const;
export const mailboxSendProblemSchema = z.enum(mailboxSendProblemIds);
export type MailboxSendProblem = z.infer<typeof mailboxSendProblemSchema>;

export const mailboxSendOutcomeSchema = z.discriminatedUnion('sent', [
  z.object({
    sent: z.literal(true),
    /** when the SMTP server accepted the message (its 250 after DATA) */
    acceptedAt: instantSchema,
    /** the server's answer, e.g. "250 2.0.0 Ok: queued as 4F2A1" */
    response: z.string().max(500),
    /** appended to the account's sent folder */
    savedToSent: z.boolean(),
  }),
  z.object({ sent: z.literal(false), problem: mailboxSendProblemSchema, detail: z.string().max(500).optional() }),
]);
export type MailboxSendOutcome = z.infer<typeof mailboxSendOutcomeSchema>;

export const mailboxSendInputSchema = z
  .object({
    accountId: accountIdSchema,
    eml: z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength <= MAX_SEND_BYTES, 'an .eml within the size limit'),
    recipients: z.array(z.email().max(320)).min(1).max(10),
  })
  .strict();
