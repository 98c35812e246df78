import { translate, type TextKey, type TextParams } from '../../i18n/messages';
import { formatLetterDate } from '../dates';
import { layoutLanguages, type LetterLanguage, type LetterLayout, type LocalizedText } from '../content';
import type { LocalDate } from '../../domain/time';

/**
 * The fixed words a letter prints (案件编号, 第 X 页 共 Y 页…), in the letter's
 * language, whatever the interface language is; a bilingual letter prints
 * both, Chinese first.
 */
export interface Labels {
  readonly layout: LetterLayout;
  readonly languages: LetterLanguage[];
  /** the label in the letter's language(s) */
  text(key: TextKey, params?: TextParams): string;
  /** the label in one language */
  in(language: LetterLanguage, key: TextKey, params?: TextParams): string;
  /** `：` after a Chinese label, `: ` after an English one or a bilingual one (致 / To: — it ends in English) */
  colon(): string;
  date(date: LocalDate): string;
  pick(text: LocalizedText): string;
}

export function labelsFor(layout: LetterLayout): Labels {
  const languages = layoutLanguages(layout);
  const primary = languages[0] ?? 'zh-CN';
  return {
    layout,
    languages,
    text: (key, params) => languages.map((l) => translate(l, key, params)).join(' / '),
    in: (language, key, params) => translate(language, key, params),
    colon: () => (layout === 'zh-CN' ? '：' : ': '),
    date: (date) => formatLetterDate(date, primary),
    pick: (text) => languages.map((l) => text[l]).filter((t): t is string => !!t).join(' / '),
  };
}

/** The signature's /Reason in the letter's language(s): 答复函签署 / Response letter. */
export function signingReason(layout: LetterLayout): string {
  return labelsFor(layout).text('letters.pdf.signReason');
}
