import { z } from 'zod';
import { instantSchema } from './time';

/** Who asks (SPEC §2): the kind decides which identity evidence is needed. */
export const requesterKindIds = [
  'individual', // individual with a platform account
  'enterprise', // 企业用户
  'agent', // agent for an individual
  'relative-of-deceased', // PIPL 49
  'guardian', // guardian of a child under 14 (policy 7)
  'eea-individual', // proportionate checks only
] as const;
export const requesterKindSchema = z.enum(requesterKindIds);
export type RequesterKind = z.infer<typeof requesterKindSchema>;

export const regionIds = ['mainland', 'hk-mo-tw', 'eea', 'other'] as const;
export const regionSchema = z.enum(regionIds);
export type Region = z.infer<typeof regionSchema>;

export const requesterSchema = z.object({
  id: z.string().min(1),
  kind: requesterKindSchema,
  name: z.string().min(1).max(200),
  /** lower-cased for matching */
  email: z.string().max(320).optional(),
  /** digits only, mainland numbers without +86, for matching */
  phone: z.string().max(30).optional(),
  /**
   * Resident ID number (身份证号) in full. The most sensitive item in the store:
   * shown masked, revealed only through an audited action (SPEC §2).
   */
  idNumber: z.string().max(30).optional(),
  organisation: z.string().max(200).optional(),
  /** 统一社会信用代码 of an enterprise requester */
  creditCode: z.string().max(30).optional(),
  address: z.string().max(500).optional(),
  postcode: z.string().max(20).optional(),
  region: regionSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Requester = z.infer<typeof requesterSchema>;

/** `330106199001011234` → `3301**********1234`: region prefix and last four only. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/** `zhang.san@example.com` → `zh***@example.com` (exports for auditors show requesters masked). */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at < 1) return '***';
  return email.slice(0, Math.min(2, at)) + '***' + email.slice(at);
}

/** `张三丰` → `张**`; `Anna Schmidt` → `A*** S******` (a name in an export for auditors). */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (/^[\u3400-\u9fff\u{20000}-\u{2ffff}·]+$/u.test(name.trim())) {
    return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
  }
  return name
    .trim()
    .split(/\s+/)
    .map((part) => part.charAt(0) + '*'.repeat(Math.max(1, part.length - 1)))
    .join(' ');
}
