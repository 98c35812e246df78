import type { UiLocale } from '../platform/contract';
import { translate } from './messages';

const CHINESE_NUMERALS: Readonly<Record<string, string>> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

/**
 * A citation as stored ("隐私政策 4.1；PIPL 45", "法律声明 三") in the
 * reader's language: the English pages said "（隐私政策 4.1；PIPL 45）" and
 * "Rule: 隐私政策 1.2.1、4.6" (issue 14). The document names come from the
 * locale files; the separators and section numerals are turned into English
 * punctuation and digits. zh-CN shows the source as written.
 */
export function citationText(source: string, locale: UiLocale): string {
  if (locale === 'zh-CN') return source;
  return source
    .replace(/《?隐私政策》?\s*/g, `${translate(locale, 'citation.privacyPolicy')} `)
    .replace(/《?民法典》?\s*/g, `${translate(locale, 'citation.civilCode')} `)
    .replace(/《?个人信息保护法》?\s*/g, `${translate(locale, 'citation.pipl')} `)
    .replace(/《?网络安全法》?\s*/g, `${translate(locale, 'citation.cybersecurityLaw')} `)
    .replace(/《?数据安全法》?\s*/g, `${translate(locale, 'citation.dataSecurityLaw')} `)
    .replace(/《?电子签名法》?\s*/g, `${translate(locale, 'citation.electronicSignatureLaw')} `)
    .replace(/法律声明\s*([一二三四五六七八九十])?/g, (_, n?: string) => `${translate(locale, 'citation.legalNotice')}${n ? ` ${CHINESE_NUMERALS[n]}` : ''}`)
    .replace(/\s*；\s*/g, '; ')
    .replace(/\s*[、，]\s*/g, ', ')
    .replace(/\s*（\s*/g, ' (')
    .replace(/\s*）/g, ')')
    .trim();
}
