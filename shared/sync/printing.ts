import { z } from 'zod';
import { instantSchema } from '../domain/time';

/**
 * What print staff receive (issue 10, SPEC: "print staff receive only what
 * printing needs (never ID numbers, ID scans, mail or breach lists)"): a
 * signed letter's PDF, its reference, and the name and postal address for
 * its envelope. Nothing else of the case.
 */
export const printQueueItemSchema = z.object({
  letterId: z.string().min(1),
  reference: z.string().max(40),
  language: z.enum(['zh-CN', 'en-US', 'bilingual']),
  signedAt: instantSchema,
  signedBy: z.string().max(100),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  recipient: z.object({
    name: z.string().max(200),
    address: z.string().max(500).optional(),
    postcode: z.string().max(20).optional(),
  }),
  /** post, e-mail or by hand, when the officer said so; print staff print envelopes for post */
  delivery: z.enum(['post', 'email', 'hand', 'unknown']),
  pdf: z.instanceof(Uint8Array),
});
export type PrintQueueItem = z.infer<typeof printQueueItemSchema>;

/** One print of a letter (or its envelope), by whom and when: kept apart so two printers never conflict. */
export const printMarkSchema = z.object({
  id: z.string().min(1),
  letterId: z.string().min(1),
  what: z.enum(['letter', 'envelope']),
  at: instantSchema,
  by: z.string().max(100),
});
export type PrintMark = z.infer<typeof printMarkSchema>;
