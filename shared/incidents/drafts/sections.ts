import type { DraftLanguage, DraftSection } from './elements';

/**
 * Where the record had nothing to say, the generated draft says so in
 * words that cannot be mistaken for content and that the check finds:
 * 【待补充：事件原因】 / [To be completed: likely consequences].
 */
export function placeholder(language: DraftLanguage, what: string): string {
  return language === 'zh-CN' ? `【待补充：${what}】` : `[To be completed: ${what}]`;
}

const PLACEHOLDER = /【待补充[：:]|\[to be completed:/i;

export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** Heading numbers as a notice writes them: 一、 (一) 1. 1、 and the like. */
const NUMBERING = /^\s*(?:[（(]?[一二三四五六七八九十]+[)）、.．]|\d+[.、．)]|[（(]\d+[)）])\s*/;

export function numberedHeading(index: number, heading: string, language: DraftLanguage): string {
  const zhNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  return language === 'zh-CN' ? `${zhNumbers[index] ?? String(index + 1)}、${heading}` : `${index + 1}. ${heading}`;
}

/** The section of a line, when the line is one of the headings (numbered or not, with or without a colon). */
function headingOf(line: string, sections: readonly DraftSection[]): DraftSection | undefined {
  const bare = line.replace(NUMBERING, '').replace(/[：:]\s*$/, '').trim().toLowerCase();
  if (bare === '') return undefined;
  return sections.find((s) => bare === s.heading.toLowerCase());
}

/**
 * Splits a draft into its headed sections: each heading's body runs to the
 * next heading, whatever the officer wrote in between. A heading that does
 * not occur has no entry; one that occurs twice keeps its first body.
 */
export function splitSections(text: string, sections: readonly DraftSection[]): Map<DraftSection['element'], string> {
  const bodies = new Map<DraftSection['element'], string>();
  let current: DraftSection | undefined;
  let lines: string[] = [];
  const close = () => {
    if (current && !bodies.has(current.element)) bodies.set(current.element, lines.join('\n').trim());
  };
  for (const line of text.split(/\r?\n/)) {
    const heading = headingOf(line, sections);
    if (heading) {
      close();
      current = heading;
      lines = [];
    } else if (current) {
      lines.push(line);
    }
  }
  close();
  return bodies;
}

/** A telephone number (mainland mobile, landline, 400/800 line) or an email address: a way to reach someone. */
const CONTACT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|(?:\+?86[\s-]?)?(?:1[3-9]\d(?:[\s-]?\d){8}|[48]00(?:[\s-]?\d){7}|0\d{2,3}[\s-]?\d{7,8})/;

export function hasContactDetails(text: string): boolean {
  return CONTACT.test(text);
}
