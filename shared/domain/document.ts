import { z } from 'zod';
import { instantSchema } from './time';

/** What a stored document is on its case. */
export const documentKindIds = [
  'email', // the original .eml, byte for byte
  'attachment', // a file attached to a received message
  'scan', // a scan of a postal letter or an identity document
  'letter', // a rendered response letter (PDF)
  'other',
] as const;
export const documentKindSchema = z.enum(documentKindIds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/**
 * Metadata of a document; its bytes live in the `documentBlobs` table under
 * the same id, so that listing a case's documents never loads the blobs.
 */
export const caseDocumentSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  kind: documentKindSchema,
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(255),
  size: z.number().int().nonnegative(),
  /** hex SHA-256 of the bytes, recorded at intake (SPEC §1) */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** identity evidence: purgeable after verification (SPEC §2) */
  identityEvidence: z.boolean(),
  /** set when the bytes were purged; the digest stays as proof of what was held */
  purgedAt: instantSchema.optional(),
  purgedBy: z.string().optional(),
  purgeReason: z.string().max(2000).optional(),
  /** of an `email` document: when an attachment purged as identity evidence was cut out of the raw message (issue 11), and the digest of what is kept now */
  redactedAt: instantSchema.optional(),
  redactedSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** a parser or import error: the raw bytes were kept for manual review */
  error: z.string().max(4000).optional(),
  /** of an `email` document: its Message-ID, and the digest of what it says without trace fields (issue 12: duplicates) */
  messageId: z.string().max(998).optional(),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** of an `email` document that another message reused the Message-ID of, or that reuses one (issue 12) */
  messageIdReused: z.boolean().optional(),
  /** where the message came from, when not a dropped file: e.g. `imap:INBOX:1700000000:42` (mailbox, UIDVALIDITY, UID) */
  source: z.string().max(1000).optional(),
  addedAt: instantSchema,
  addedBy: z.string(),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

/** The bytes of a document, kept apart from its metadata. */
export interface DocumentBlob {
  id: string;
  bytes: Uint8Array;
}
