import { z } from 'zod';
import { instantSchema } from '../domain/time';
import type { Sha256 } from './digest';

/**
 * What parsing a mail gives (SPEC §1 Intake). A message is either parsed —
 * possibly with warnings about what had to be repaired or guessed — or it is
 * a failure that still carries its raw bytes and their digest, so that it is
 * stored on a case for manual review and never dropped. The schemas guard the
 * Web Worker boundary, where results arrive as structured clones.
 */

/**
 * Things that were wrong with a message but did not stop it being read; each
 * has a text under `intake.warning.<code>` that may use the warning's params.
 */
export const intakeWarningCodes = [
  'date-missing', // no Date: header (RFC 5322 §3.6 requires one)
  'date-unparsable', // a Date: header no RFC 5322 date grammar reads
  'received-unparsable', // our server's Received: stamp had no readable date; an older one or Date: was used
  'received-at-unknown', // no receipt time at all: the officer must enter it
  'header-8bit', // raw 8-bit bytes in a header, without RFC 2047 encoding
  'charset-unknown', // a charset label no decoder knows; params.decodedAs says what was used
  'base64-truncated', // a base64 body whose length is not a multiple of 4 (the file was cut)
  'boundary-not-found', // a multipart's declared boundary never occurs
  'boundary-repaired', // …and the delimiter the body really uses was taken instead
  'multipart-unterminated', // a multipart without its closing delimiter (the file ends early)
  'body-shown-raw', // nothing could be decoded, the raw body is shown as text
  'attachment-too-large', // an attachment over the size limit was refused, the rest kept
  'forward-unparsable', // a forwarded message/rfc822 part could not be read (it is still listed)
] as const;
export const intakeWarningCodeSchema = z.enum(intakeWarningCodes);
export type IntakeWarningCode = z.infer<typeof intakeWarningCodeSchema>;

/** Why a file or message could not be read at all; text under `intake.failure.<code>`. */
export const parseFailureCodes = [
  'empty-file',
  'not-a-message', // no header block: binary data or some other file
  'parser-error', // the MIME parser gave up (nesting or header limits); `detail` says why
  'outlook-msg-unsupported', // an Outlook .msg: no reader that runs without Node yet (see mailFile.ts)
  'mbox-empty', // an .mbox with no message in it
  'too-many-parts', // more MIME parts than any request carries (decodeMessage.ts MAX_MIME_PARTS): read no further
  'parser-timeout', // parsing ran past its time budget; the worker was restarted and the batch went on (issue 12)
  'outlook-msg-unreadable', // an Outlook .msg the reader could not make sense of (a damaged compound file)
] as const;
export const parseFailureCodeSchema = z.enum(parseFailureCodes);
export type ParseFailureCode = z.infer<typeof parseFailureCodeSchema>;

export const intakeWarningSchema = z.object({
  code: intakeWarningCodeSchema,
  /** values for the locale text's placeholders (`{charset}`, `{fileName}` …) */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type IntakeWarning = z.infer<typeof intakeWarningSchema>;

export const mailboxSchema = z.object({
  name: z.string(),
  address: z.string(),
});
export type Mailbox = z.infer<typeof mailboxSchema>;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
// any Uint8Array (postal-mime hands out views on its own buffers)
const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes');

export const mailAttachmentSchema = z.object({
  /** safe to use as a file name on Windows and Linux (see fileNames.ts) */
  fileName: z.string().min(1).max(255),
  /** the name as the message gave it, when it had to be changed to be safe */
  declaredFileName: z.string().optional(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: sha256Schema,
  bytes: bytesSchema,
  /** shown in the body (Content-Disposition: inline or referenced by cid:) rather than attached */
  inline: z.boolean(),
  /** Content-ID without angle brackets, what an HTML body's `cid:` URLs name */
  contentId: z.string().optional(),
});
export type MailAttachment = z.infer<typeof mailAttachmentSchema>;

/** An attachment over the size limit: listed with its digest so the officer knows what was refused (issue 4). */
export const refusedAttachmentSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: sha256Schema,
  reason: z.literal('attachment-too-large'),
  limitBytes: z.number().int().positive(),
});
export type RefusedAttachment = z.infer<typeof refusedAttachmentSchema>;

/** A forwarded message (message/rfc822 part), read for what it says; its bytes are among the attachments. */
export const forwardedMessageSchema = z.object({
  /** 1 for a message forwarded in this one, 2 for one forwarded inside that … */
  depth: z.number().int().positive(),
  /** index in `attachments` of the outermost .eml that holds it */
  attachmentIndex: z.number().int().nonnegative(),
  subject: z.string(),
  from: mailboxSchema.optional(),
  date: instantSchema.optional(),
  messageId: z.string().optional(),
  text: z.string(),
});
export type ForwardedMessage = z.infer<typeof forwardedMessageSchema>;

// 'server-internaldate': a message read from the legal mailbox, whose server's INTERNALDATE is the receipt (issue 17)
export const emailReceivedAtSourceSchema = z.enum(['received-header', 'date-header', 'file-time', 'server-internaldate']);
export type EmailReceivedAtSource = z.infer<typeof emailReceivedAtSourceSchema>;

/** Where the bytes came from: a file, and for an mbox the message's position in it. */
const sourceFields = {
  fileName: z.string(),
  /** 0-based position in an mbox; absent for a single .eml */
  mboxIndex: z.number().int().nonnegative().optional(),
  /** SHA-256 of `raw`, the duplicate key of last resort (SPEC §1) */
  sha256: sha256Schema,
  size: z.number().int().nonnegative(),
  /** the message byte for byte, stored as the case's `email` document */
  raw: bytesSchema,
};

export const parsedMessageSchema = z.object({
  ...sourceFields,
  /** SHA-256 of what the message says, trace fields left out (contentDigest.ts): with the Message-ID, the duplicate key (issue 12) */
  contentSha256: sha256Schema.optional(),
  /** Message-ID without angle brackets */
  messageId: z.string().optional(),
  inReplyTo: z.string().optional(),
  /** References, oldest first (RFC 5322 §3.6.4) */
  references: z.array(z.string()),
  subject: z.string(),
  from: mailboxSchema.optional(),
  replyTo: z.array(mailboxSchema),
  to: z.array(mailboxSchema),
  cc: z.array(mailboxSchema),
  /** sent from one of the company's own domains (a colleague forwarding, or our own reply in an export) */
  fromCompany: z.boolean(),
  /** the Date: header, as an instant */
  date: instantSchema.optional(),
  /** SPEC §1: the company server's receipt time, else Date:, else the file time; absent when none exists */
  receivedAt: instantSchema.optional(),
  receivedAtSource: emailReceivedAtSourceSchema.optional(),
  /** the host that stamped the Received: header used */
  receivedBy: z.string().optional(),
  /** Content-Language: header, lower-cased */
  contentLanguage: z.string().optional(),
  /** the plain-text body, line ends normalised to \n; derived from the HTML when there is no text part (for reading and keywords, not display) */
  text: z.string(),
  /** the HTML body exactly as sent: it must be sanitised before display (see sanitiserPolicy.ts) */
  html: z.string().optional(),
  attachments: z.array(mailAttachmentSchema),
  refusedAttachments: z.array(refusedAttachmentSchema),
  forwarded: z.array(forwardedMessageSchema),
  warnings: z.array(intakeWarningSchema),
});
export type ParsedMessage = z.infer<typeof parsedMessageSchema>;

export const parseFailureSchema = z.object({
  ...sourceFields,
  code: parseFailureCodeSchema,
  /** technical detail (the parser's own message), for the record; the UI shows the code's text */
  detail: z.string().max(4000).optional(),
  /** the file time, so the raw document still gets a receipt time to review */
  fileTime: instantSchema.optional(),
  /** the receipt time its source vouches for (a mailbox's INTERNALDATE): the case's clock needs no confirming */
  mailboxReceivedAt: instantSchema.optional(),
});
export type ParseFailure = z.infer<typeof parseFailureSchema>;

export const parseResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), message: parsedMessageSchema }),
  z.object({ ok: z.literal(false), failure: parseFailureSchema }),
]);
export type ParseResult = z.infer<typeof parseResultSchema>;

/** Issue 4: an attachment over this size is refused with a clear message; Settings may change it. */
export const DEFAULT_ATTACHMENT_LIMIT_BYTES = 50 * 1024 * 1024;

export interface ParseOptions {
  fileName: string;
  /** the file's modification time, the receipt time of last resort */
  fileTime?: string;
  /** the company's mail domains: a Received: header whose `by` host is in one of them is our server's stamp */
  companyDomains: readonly string[];
  attachmentLimitBytes?: number;
  /** position in an mbox, carried into the result */
  mboxIndex?: number;
  /** a receipt time the source vouches for (a mailbox's INTERNALDATE): it stands above every header */
  authoritativeReceipt?: { at: string; source: 'server-internaldate' };
  /** the SHA-256 to use (digest.ts): the worker hands in the platform's native one */
  sha256?: Sha256;
}
