import { z } from 'zod';
import type { LocalDate } from '../domain/time';
import type { CompanyDetails } from './company';

/**
 * What a letter says, merged and edited, ready to be laid out: the
 * renderer's input. Templates and merging produce it; the officer may edit
 * it before signing (SPEC §4).
 */
export const letterLanguageIds = ['zh-CN', 'en-US'] as const;
export const letterLanguageSchema = z.enum(letterLanguageIds);
export type LetterLanguage = z.infer<typeof letterLanguageSchema>;

/** One language, or both for an EEA requester (zh first, then en). */
export const letterLayoutSchema = z.enum(['zh-CN', 'en-US', 'bilingual']);
export type LetterLayout = z.infer<typeof letterLayoutSchema>;

export function layoutLanguages(layout: LetterLayout): LetterLanguage[] {
  return layout === 'bilingual' ? ['zh-CN', 'en-US'] : [layout];
}

export const localizedTextSchema = z.object({
  'zh-CN': z.string().max(20000).optional(),
  'en-US': z.string().max(20000).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * - `salutation`: 尊敬的…： / Dear …, (no indent)
 * - `body`: a paragraph (Chinese: first line indented two characters, 首行缩进)
 * - `item`: an indented list item such as (一)… or 1. …
 * - `closing`: 特此函复。/ Yours sincerely, (no indent, never stretched)
 */
export const paragraphStyleIds = ['salutation', 'body', 'item', 'closing'] as const;
export const paragraphStyleSchema = z.enum(paragraphStyleIds);
export type ParagraphStyle = z.infer<typeof paragraphStyleSchema>;

export const letterParagraphSchema = z.object({ style: paragraphStyleSchema, text: z.string().max(20000) });
export type LetterParagraph = z.infer<typeof letterParagraphSchema>;

export const letterSectionSchema = z.object({
  language: letterLanguageSchema,
  subject: z.string().max(500),
  paragraphs: z.array(letterParagraphSchema).max(500),
});
export type LetterSection = z.infer<typeof letterSectionSchema>;

export interface LetterRecipient {
  name: string;
  /** organisation, postal address, postcode, e-mail: one printed line each */
  lines: string[];
}

export interface LetterSignatory {
  name: string;
  title: LocalizedText;
  /** the name in Latin letters (Wang Min), printed in English letters (issue 13) */
  romanisedName?: string;
}

/** The officer's name as a letter in `layout` prints it: 王敏, Wang Min, or 王敏 (Wang Min). */
export function signatoryName(signatory: LetterSignatory, layout: LetterLayout): string {
  const latin = signatory.romanisedName?.trim();
  if (!latin || latin === signatory.name) return signatory.name;
  if (layout === 'en-US') return latin;
  if (layout === 'bilingual') return `${signatory.name} (${latin})`;
  return signatory.name;
}

export interface LetterContent {
  layout: LetterLayout;
  reference: string;
  letterDate: LocalDate;
  recipient: LetterRecipient;
  /** one section per language of the layout, in the layout's order */
  sections: LetterSection[];
  signatory: LetterSignatory;
  company: CompanyDetails;
}

