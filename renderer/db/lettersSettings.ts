import { z } from 'zod';
import { sha256Hex } from '../../shared/audit/chain';
import { companyDetailsSchema, DEFAULT_COMPANY_DETAILS, type CompanyDetails } from '../../shared/letters/company';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';

/**
 * The letters' own settings, kept in the settings table beside the others
 * (key → JSON value, parsed on every read so a damaged value falls back to
 * its default) and edited on the Letters page: the company details printed
 * on every letter, the officer's title as the sign-off prints it, and the two
 * images of the sign-off. The signing certificate is not here: it belongs to
 * the platform's keychain (SPEC §4).
 */

export const signatoryTitleSchema = z.object({
  'zh-CN': z.string().trim().max(100),
  'en-US': z.string().trim().max(100),
  /** issue 13: the officer's name in Latin letters (Wang Min), printed in English letters */
  romanisedName: z.string().trim().max(100).optional(),
});
export type SignatoryTitle = z.infer<typeof signatoryTitleSchema>;
export const DEFAULT_SIGNATORY_TITLE: SignatoryTitle = { 'zh-CN': '法务专员', 'en-US': 'Legal Officer' };

/** A PNG kept for the sign-off: its bytes and what the settings page shows of it. */
export const storedImageSchema = z.object({
  png: z.instanceof(Uint8Array),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  hasAlpha: z.boolean(),
});
export type StoredImage = z.infer<typeof storedImageSchema>;

export const letterImagesSchema = z.object({ signature: storedImageSchema.optional(), seal: storedImageSchema.optional() });
export type LetterImagesSetting = z.infer<typeof letterImagesSchema>;

/** A certificate a manager imported as a trust anchor: a letter signed under it is "signed by our key" (issue 13). */
export const trustAnchorSchema = z.object({
  der: z.instanceof(Uint8Array),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  subject: z.string().max(1000),
  notAfter: z.string().max(40),
});
export type TrustAnchor = z.infer<typeof trustAnchorSchema>;

/**
 * Issue 13: what signing and verifying trust. `tsaUrl`: the company's RFC
 * 3161 time-stamping authority (PAdES B-T), empty for none; `signerFingerprints`:
 * certificates that signed our letters before (kept when the certificate is
 * replaced, so old letters still verify as ours); `trustAnchors`: imported CAs.
 */
export const letterTrustSchema = z.object({
  tsaUrl: z.union([z.literal(''), z.string().max(500).regex(/^https?:\/\/\S+$/)]),
  signerFingerprints: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(50),
  trustAnchors: z.array(trustAnchorSchema).max(20),
});
export type LetterTrustSetting = z.infer<typeof letterTrustSchema>;
export const DEFAULT_LETTER_TRUST: LetterTrustSetting = { tsaUrl: '', signerFingerprints: [], trustAnchors: [] };

/** A font a manager added (checked by checkFontFile): the letters' chain tries it last, after the bundled faces. */
export const addedFontSchema = z.object({
  fileName: z.string().max(260),
  family: z.string().max(200),
  glyphs: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.instanceof(Uint8Array),
});
export type AddedFont = z.infer<typeof addedFontSchema>;

/**
 * Issue 13: how letters are set. `body`: a Song-style serif (Noto Serif SC with
 * Noto Serif), as a formal Chinese letter is, or the sans faces; `addedFonts`
 * join the end of the font chain for names the bundled faces lack.
 */
export const letterTypographySchema = z.object({
  body: z.enum(['serif', 'sans']),
  addedFonts: z.array(addedFontSchema).max(8),
});
export type LetterTypography = z.infer<typeof letterTypographySchema>;
export const DEFAULT_LETTER_TYPOGRAPHY: LetterTypography = { body: 'serif', addedFonts: [] };

const letterSettings = {
  'letters.company': companyDetailsSchema,
  'letters.signatoryTitle': signatoryTitleSchema,
  'letters.images': letterImagesSchema,
  'letters.trust': letterTrustSchema,
  'letters.typography': letterTypographySchema,
} as const;
type LetterSettingKey = keyof typeof letterSettings;
type LetterSettingValue<K extends LetterSettingKey> = z.infer<(typeof letterSettings)[K]>;

async function read<K extends LetterSettingKey>(db: CaseDeskDatabase, key: K): Promise<LetterSettingValue<K> | undefined> {
  const parsed = letterSettings[key].safeParse((await db.settings.get(key))?.value);
  return parsed.success ? (parsed.data as LetterSettingValue<K>) : undefined;
}

/** What the audit log keeps of a setting: images by their SHA-256 and size only, never their bytes. */
function forAudit(value: unknown): unknown {
  const typography = letterTypographySchema.safeParse(value);
  if (typography.success) return { body: typography.data.body, addedFonts: typography.data.addedFonts.map((f) => ({ family: f.family, sha256: f.sha256 })) };
  const trust = letterTrustSchema.safeParse(value);
  // a certificate's subject may name a person: the audit keeps its digest only
  if (trust.success) return { ...trust.data, trustAnchors: trust.data.trustAnchors.map((a) => ({ sha256: a.sha256 })) };
  const images = letterImagesSchema.safeParse(value);
  if (!images.success) return value;
  return Object.fromEntries(Object.entries(images.data).map(([k, v]) => [k, v ? { sha256: v.sha256, width: v.width, height: v.height } : null]));
}

async function write<K extends LetterSettingKey>(db: CaseDeskDatabase, key: K, value: LetterSettingValue<K>, actor: string): Promise<void> {
  const parsed = letterSettings[key].parse(value);
  await db.transaction('rw', [db.settings, db.auditLog], async () => {
    const before = (await db.settings.get(key))?.value;
    await db.settings.put({ key, value: parsed });
    await appendAudit(db, { actor, action: 'settings.updated', subject: `settings:${key}`, summary: key, before: forAudit(before), after: forAudit(parsed) });
  });
}

export interface LetterSettings {
  company: CompanyDetails;
  signatoryTitle: SignatoryTitle;
  images: LetterImagesSetting;
  trust: LetterTrustSetting;
  typography: LetterTypography;
}

export async function readLetterSettings(db: CaseDeskDatabase): Promise<LetterSettings> {
  const [company, signatoryTitle, images, trust, typography] = await Promise.all([
    read(db, 'letters.company'),
    read(db, 'letters.signatoryTitle'),
    read(db, 'letters.images'),
    read(db, 'letters.trust'),
    read(db, 'letters.typography'),
  ]);
  return {
    company: company ?? DEFAULT_COMPANY_DETAILS,
    signatoryTitle: signatoryTitle ?? DEFAULT_SIGNATORY_TITLE,
    images: images ?? {},
    trust: trust ?? DEFAULT_LETTER_TRUST,
    typography: typography ?? DEFAULT_LETTER_TYPOGRAPHY,
  };
}

export async function readLetterTypography(db: CaseDeskDatabase): Promise<LetterTypography> {
  return (await read(db, 'letters.typography')) ?? DEFAULT_LETTER_TYPOGRAPHY;
}

export function saveLetterTypography(db: CaseDeskDatabase, typography: LetterTypography, actor: string): Promise<void> {
  return write(db, 'letters.typography', typography, actor);
}

export function saveLetterTrust(db: CaseDeskDatabase, trust: LetterTrustSetting, actor: string): Promise<void> {
  return write(db, 'letters.trust', trust, actor);
}

/** Remembers the fingerprint of a certificate that signs our letters, so its letters stay "ours" after it is replaced. */
export async function rememberSignerFingerprint(db: CaseDeskDatabase, fingerprint: string, actor: string): Promise<void> {
  const trust = (await read(db, 'letters.trust')) ?? DEFAULT_LETTER_TRUST;
  if (trust.signerFingerprints.includes(fingerprint)) return;
  await write(db, 'letters.trust', { ...trust, signerFingerprints: [...trust.signerFingerprints, fingerprint].slice(-50) }, actor);
}

export function saveCompanyDetails(db: CaseDeskDatabase, company: CompanyDetails, actor: string): Promise<void> {
  return write(db, 'letters.company', company, actor);
}

export function saveSignatoryTitle(db: CaseDeskDatabase, title: SignatoryTitle, actor: string): Promise<void> {
  return write(db, 'letters.signatoryTitle', title, actor);
}

/** Sets (or, with undefined, removes) the signature or the seal image. */
export async function saveLetterImage(db: CaseDeskDatabase, which: 'signature' | 'seal', image: Omit<StoredImage, 'sha256'> | undefined, actor: string): Promise<void> {
  const current = (await read(db, 'letters.images')) ?? {};
  const next: LetterImagesSetting = { ...current };
  if (image) next[which] = { ...image, sha256: sha256Hex(image.png) };
  else delete next[which];
  await write(db, 'letters.images', next, actor);
}
