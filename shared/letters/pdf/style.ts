import { rgb } from 'pdf-lib';
import type { LetterLanguage } from '../content';

/** A4 in points, and the page furniture's measurements (25 mm side margins, as a business letter has). */
export const PAGE = { width: 595.28, height: 841.89 } as const;
const MM = 72 / 25.4;
export const MARGIN = { left: 25 * MM, right: 25 * MM, top: 16 * MM, bottom: 22 * MM } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** baseline of the page number, inside the bottom margin */
export const FOOTER_BASELINE = 11 * MM;

export const COLOR = {
  text: rgb(0.1, 0.1, 0.12),
  muted: rgb(0.38, 0.38, 0.42),
  rule: rgb(0.55, 0.1, 0.1),
  faint: rgb(0.75, 0.75, 0.78),
} as const;

/** Type sizes (pt) and line heights: Chinese text wants more leading than Latin text. */
export const TYPE = {
  companyName: 16,
  companyNameSecond: 9,
  contact: 8,
  meta: 9.5,
  subject: { 'zh-CN': 14, 'en-US': 12.5 },
  body: 11,
  lineHeight: { 'zh-CN': 1.8, 'en-US': 1.45 },
  paragraphGap: { 'zh-CN': 3, 'en-US': 7 },
  footer: 8,
  stamp: 7,
} as const satisfies Record<string, unknown>;

export function bodyLineHeight(language: LetterLanguage): number {
  return TYPE.body * TYPE.lineHeight[language];
}

/** A company seal (公章) is commonly 40 mm across; the letter prints it at that real size. */
export const SEAL_DIAMETER = 40 * MM;
/** Height of the handwritten signature image. */
export const SIGNATURE_HEIGHT = 13 * MM;
/** The visible digital-signature stamp. */
export const STAMP = { width: 62 * MM, height: 17 * MM } as const;
