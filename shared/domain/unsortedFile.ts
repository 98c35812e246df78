import { z } from 'zod';
import { instantSchema } from './time';

/** What a dropped file that is not mail looks like, by its first bytes (shared/intake/fileKind.ts). */
export const unsortedFileKindIds = ['pdf', 'image', 'other'] as const;
export const unsortedFileKindSchema = z.enum(unsortedFileKindIds);
export type UnsortedFileKind = z.infer<typeof unsortedFileKindSchema>;

/** Why the intake put it aside: the parse failure that says it is not a message. */
export const unsortedReasonIds = ['not-a-message', 'empty-file'] as const;
export const unsortedReasonSchema = z.enum(unsortedReasonIds);

/**
 * 未归类材料 (issue 14, point 3): a file dropped on intake that is not mail —
 * a PDF, a picture, a fake .eml. It opens no case: it waits in the tray until
 * an officer attaches it to a case (it then becomes one of that case's
 * documents, under the same id, so its bytes are never copied) or discards it
 * with a reason (the bytes go; the digest stays as proof of what was held).
 * Its bytes live in `documentBlobs` under the same id, like a document's.
 */
export const unsortedFileSchema = z.object({
  id: z.string().min(1),
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(255),
  kind: unsortedFileKindSchema,
  reason: unsortedReasonSchema,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** where it came from, when not a dropped file (`imap:…`) */
  source: z.string().max(1000).optional(),
  status: z.enum(['waiting', 'attached', 'discarded']),
  addedAt: instantSchema,
  addedBy: z.string(),
  /** set once attached: the case it went to (the document keeps this record's id) */
  attachedTo: z.object({ caseId: z.string().min(1), reference: z.string() }).optional(),
  /** set once discarded: the reason the officer gave */
  discardReason: z.string().trim().min(1).max(2000).optional(),
  settledAt: instantSchema.optional(),
  settledBy: z.string().optional(),
});
export type UnsortedFile = z.infer<typeof unsortedFileSchema>;
