import type { Incident } from '../../domain/incident';
import { shanghaiDate } from '../../domain/time';
import type { CompanyDetails } from '../../letters/company';
import type { LetterContent, LetterParagraph, LetterRecipient } from '../../letters/content';
import { DRAFT_DEFINITIONS, type DraftLanguage } from '../drafts/elements';
import { dayText } from '../drafts/format';
import { effectiveGrade, isMajorOrAbove } from '../grading';
import type { DraftKind } from '../vocabulary';
import { splitTitle } from './personalise';

export interface Signatory {
  name: string;
  title: string;
}

/** Whom each draft goes to, in the draft's language (the 办法 第四条 addressees for the report). */
export function draftRecipient(kind: DraftKind, incident: Incident, company: CompanyDetails): LetterRecipient {
  switch (kind) {
    case 'email':
    case 'sms':
      return { name: '受影响的用户', lines: [] };
    case 'announcement':
      return { name: '全体用户', lines: [] };
    case 'regulator-report':
      if (!isMajorOrAbove(effectiveGrade(incident))) return { name: company.regulator['zh-CN'], lines: [] };
      return { name: incident.criticalInfrastructure ? '关键信息基础设施保护工作部门、公安机关' : '属地省级网信部门', lines: [] };
    case 'gdpr-art33':
      return { name: 'The competent supervisory authority', lines: [] };
    case 'gdpr-art34':
      return { name: 'Data subjects concerned', lines: [] };
  }
}

const SALUTATION = /^(?:尊敬的.{0,60}[：:]|致.{0,60}[：:]|Dear .{0,80},)$/;
const CLOSING = /^(?:特此公告。|特此报告。|此致|Yours sincerely,|Yours faithfully,)$/;
const HEADING = /^(?:[一二三四五六七八九十]+、|\d+\.\s)/;

/**
 * A draft's text as letter paragraphs: the salutation and the numbered
 * headings flush left, the closing words as a closing, the rest as body
 * text. The trailing company name and date are dropped: the letter's
 * sign-off prints them (with the officer and, once signed, the seal).
 */
export function draftParagraphs(body: string, company: CompanyDetails, nowMs: number, language: DraftLanguage): LetterParagraph[] {
  const lines = body.split('\n').map((l) => l.trim());
  const signOff = new Set([company.name['zh-CN'], company.name['en-US'], dayText(nowMs, language)]);
  while (lines.length && (lines.at(-1) === '' || signOff.has(lines.at(-1) ?? ''))) lines.pop();
  return lines
    .filter((l) => l !== '')
    .map((text): LetterParagraph => {
      if (SALUTATION.test(text)) return { style: 'salutation', text };
      if (CLOSING.test(text)) return { style: 'closing', text };
      if (HEADING.test(text) && text.length <= 60) return { style: 'salutation', text };
      return { style: 'body', text };
    });
}

/** A draft as a letter for renderLetter (shared/letters): letterhead, reference, recipient, subject, body, sign-off. */
export function draftLetterContent(
  kind: DraftKind,
  text: string,
  incident: Incident,
  options: { company: CompanyDetails; signatory: Signatory; nowMs: number; recipient?: LetterRecipient },
): LetterContent {
  const language = DRAFT_DEFINITIONS[kind].language;
  const { title, body } = splitTitle(text);
  return {
    layout: language,
    reference: incident.reference,
    letterDate: shanghaiDate(options.nowMs),
    recipient: options.recipient ?? draftRecipient(kind, incident, options.company),
    sections: [{ language, subject: title, paragraphs: draftParagraphs(body, options.company, options.nowMs, language) }],
    signatory: { name: options.signatory.name, title: { 'zh-CN': options.signatory.title, 'en-US': options.signatory.title } },
    company: options.company,
  };
}
