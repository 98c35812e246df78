import { z } from 'zod';
import { instantSchema } from '../domain/time';

/**
 * Where a raw message came from (issue 12, for the IMAP intake of issue 17):
 * a file an officer dropped or picked, or a message fetched from the
 * company's mailbox. A mailbox message carries the server's own receipt time
 * (IMAP INTERNALDATE), which is authoritative: it is the company server's
 * record of when the message arrived (SPEC §1), so it stands above the
 * message's own headers.
 */
export const intakeSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('file'),
    /** File.lastModified as an instant: the receipt time of last resort, and then only provisional */
    lastModified: instantSchema.optional(),
  }),
  z.object({
    kind: z.literal('imap'),
    mailbox: z.string().min(1).max(500),
    /** RFC 3501 §2.3.1.1: with the UID, names the message in that mailbox for good */
    uidValidity: z.number().int().nonnegative(),
    uid: z.number().int().positive(),
    /** the server's INTERNALDATE: when the mailbox received the message */
    internalDate: instantSchema,
  }),
]);
export type IntakeSource = z.infer<typeof intakeSourceSchema>;

/** A stable text key for a source, stored on the email document (`imap:INBOX:1700000000:42`); undefined for a file. */
export function sourceKey(source: IntakeSource | undefined): string | undefined {
  if (!source || source.kind === 'file') return undefined;
  return `imap:${source.mailbox}:${source.uidValidity}:${source.uid}`;
}
