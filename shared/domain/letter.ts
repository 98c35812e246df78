import { z } from 'zod';
import { instantSchema, localDateSchema } from './time';

/**
 * A response letter (答复函). Drafts are editable; once signed the bytes and
 * their SHA-256 are fixed and a correction becomes a new version that names
 * the one it replaces (SPEC §4). `body` holds the letter as edited (JSON:
 * the officer's fields and the merged paragraphs; renderer/db/letterBody.ts).
 */
export const letterStatusIds = ['draft', 'signed', 'sent'] as const;
export const letterStatusSchema = z.enum(letterStatusIds);
export type LetterStatus = z.infer<typeof letterStatusSchema>;

/** How a signed letter reached the requester (SPEC §4: mark as sent). */
export const letterDeliveryIds = ['email', 'post', 'hand'] as const;
export const letterDeliverySchema = z.enum(letterDeliveryIds);
export type LetterDelivery = z.infer<typeof letterDeliverySchema>;

export const responseLetterSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  template: z.string().min(1).max(100),
  language: z.enum(['zh-CN', 'en-US', 'bilingual']),
  version: z.number().int().positive(),
  replaces: z.string().optional(),
  status: letterStatusSchema,
  subject: z.string().max(500),
  body: z.string().max(100000),
  /** document id of the signed PDF */
  documentId: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  signedAt: instantSchema.optional(),
  signedBy: z.string().optional(),
  sentAt: instantSchema.optional(),
  /** how it was sent: e-mail, post (with its tracking number) or handed over */
  sentVia: letterDeliverySchema.optional(),
  /** the day it was sent or handed over, in Shanghai */
  sentOn: localDateSchema.optional(),
  trackingNumber: z.string().max(100).optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type ResponseLetter = z.infer<typeof responseLetterSchema>;
