import { z } from 'zod';
import { instantSchema } from '../domain/time';
import { accountIdSchema } from './account';

/**
 * What a mailbox is doing, for the shell's indicator and Settings (issue 17:
 * "each fault shows a clear state in the shell and in the user's language").
 * Problems are codes with texts under `mailbox.problem.<code>`; `detail` is
 * the server's own short code for the record, never a password or an address.
 */
export const mailboxProblemIds = [
  'unreachable', // no answer at host:port (DNS, refused, timeout)
  'auth-failed', // the server refused the user name or password
  'tls-untrusted', // the certificate does not verify and is not the pinned one
  'tls-failed', // TLS could not be set up (STARTTLS missing, protocol, handshake)
  'connection-lost', // the connection dropped; it is retried
  'folder-missing', // a watched folder does not exist
  'move-failed', // a message on a case could not be moved to the done folder
  'no-password', // no password is stored for the account
  'keychain-unavailable', // the password could not be read from the keychain
  'protocol', // the server answered something we cannot use
] as const;
export const mailboxProblemSchema = z.enum(mailboxProblemIds);
export type MailboxProblem = z.infer<typeof mailboxProblemSchema>;

/** A server certificate as a manager sees it before pinning it. */
export const certificateInfoSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  subject: z.string().max(1000),
  issuer: z.string().max(1000),
  validFrom: z.string().max(100),
  validTo: z.string().max(100),
  pem: z.string().max(20_000),
});
export type CertificateInfo = z.infer<typeof certificateInfoSchema>;

export const mailboxStateIds = ['off', 'connecting', 'syncing', 'watching', 'error'] as const;

export const mailboxStateSchema = z.object({
  accountId: accountIdSchema,
  label: z.string().max(100),
  state: z.enum(mailboxStateIds),
  problem: mailboxProblemSchema.optional(),
  detail: z.string().max(200).optional(),
  /** with tls-untrusted: the certificate the server showed */
  certificate: certificateInfoSchema.optional(),
  /** while syncing: messages handed over of those found */
  progress: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).optional(),
  /** messages on cases since the app started */
  imported: z.number().int().nonnegative(),
  /** messages left in the mailbox because they are over the size limit */
  tooLarge: z.number().int().nonnegative(),
  lastCheckedAt: instantSchema.optional(),
  /** with error: when the next attempt is made */
  retryAt: instantSchema.optional(),
});
export type MailboxState = z.infer<typeof mailboxStateSchema>;

/** A connection tried from Settings before saving: what the server said, and its certificate if it was not trusted. */
export const connectionTestSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), folders: z.array(z.string().max(200)).max(1000) }),
  z.object({ ok: z.literal(false), problem: mailboxProblemSchema, detail: z.string().max(200).optional(), certificate: certificateInfoSchema.optional() }),
]);
export type ConnectionTest = z.infer<typeof connectionTestSchema>;
