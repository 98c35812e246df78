import { z } from 'zod';
import { instantSchema } from './time';

/**
 * A response letter (答复函). Drafts are editable; once signed the bytes and
 * their SHA-256 are fixed and a correction becomes a new version that names
 * the one it replaces (SPEC §4). The templates and the PDF pipeline fill the
 * rest in their own issue.
 */
export const letterStatusIds = ['draft', 'signed', 'sent'] as const;
export const letterStatusSchema = z.enum(letterStatusIds);

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
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type ResponseLetter = z.infer<typeof responseLetterSchema>;
