import { z } from 'zod';
import { instantSchema } from '../domain/time';

/**
 * A mailbox CaseDesk reads requests from and sends replies through (issue 17:
 * policy 4.7.1 and 10.2 send people to legal@solutioncl.com). One per
 * workstation that reads it; its passwords are not part of it — they are kept
 * by the platform's keychain under `mailbox.<id>.imap` / `.smtp`.
 */

/** A message larger than this stays in the mailbox and is named in the state (the import budget). */
export const DEFAULT_MAX_MESSAGE_BYTES = 50 * 1024 * 1024;
export const MAX_MESSAGE_BYTES_CEILING = 200 * 1024 * 1024;
export const DEFAULT_POLL_SECONDS = 60;
export const DEFAULT_DONE_FOLDER = 'CaseDesk/已立案';

const hostSchema = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\d{1,3}(?:\.\d{1,3}){3}$/, 'a host name or IPv4 address');

/** A certificate a manager chose to trust for one server (certificate errors are refused otherwise). */
export const pinnedCertificateSchema = z.object({
  /** SHA-256 of the certificate's DER, lower-case hex */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pem: z.string().max(20_000).regex(/^-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----\s*$/),
  subject: z.string().max(1000),
  pinnedAt: instantSchema,
  pinnedBy: z.string().min(1).max(200),
});
export type PinnedCertificate = z.infer<typeof pinnedCertificateSchema>;

export const connectionSecurityIds = ['tls', 'starttls'] as const;

export const mailServerSchema = z.object({
  host: hostSchema,
  port: z.number().int().min(1).max(65535),
  /** implicit TLS (993 / 465) or STARTTLS (143 / 587), required either way: never plain text */
  security: z.enum(connectionSecurityIds),
  user: z.string().trim().min(1).max(320),
  pinnedCertificate: pinnedCertificateSchema.optional(),
});
export type MailServer = z.infer<typeof mailServerSchema>;

/** A folder path as IMAP names it; no wildcards or control characters. */
export const folderNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((name) => !/[\p{Cc}*%]/u.test(name), 'a folder name without wildcards or control characters');

export const accountIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);

export const mailboxAccountSchema = z
  .object({
    id: accountIdSchema,
    label: z.string().trim().min(1).max(100),
    /** the account's address: the sender of replies */
    address: z.email().max(320),
    enabled: z.boolean(),
    imap: mailServerSchema,
    /** folders read for new requests, the inbox first (it is watched with IDLE) */
    folders: z.array(folderNameSchema).min(1).max(10),
    /** where a message goes once it is on a case, so the mailbox shows what is done */
    doneFolder: folderNameSchema,
    /** where a sent reply is appended; none: not appended */
    sentFolder: folderNameSchema.optional(),
    /** replies; none: sending from the case is not offered */
    smtp: mailServerSchema.optional(),
    maxMessageBytes: z.number().int().min(1024 * 1024).max(MAX_MESSAGE_BYTES_CEILING),
    pollSeconds: z.number().int().min(10).max(3600),
  })
  .refine((a) => !a.folders.includes(a.doneFolder), { message: 'the done folder cannot be a watched folder', path: ['doneFolder'] });
export type MailboxAccount = z.infer<typeof mailboxAccountSchema>;

/** The keychain names of an account's passwords. */
export function passwordSecretName(accountId: string, server: 'imap' | 'smtp'): string {
  return `mailbox.${accountId}.${server}`;
}
