import type { Case } from '../../../shared/domain/case';
import type { Requester } from '../../../shared/domain/requester';
import type { LocalDate } from '../../../shared/domain/time';
import { translate } from '../../../shared/i18n/messages';
import {
  clauseVariant,
  DEFAULT_TEMPLATE_SET,
  fieldsIn,
  fieldValue,
  layoutLanguages,
  letterDataFromCase,
  mergeFieldKinds,
  mergeLetter,
  recipientFromRequester,
  regimeOf,
  REQUIRED_FIELDS,
  type CompanyDetails,
  type LetterContent,
  type LetterData,
  type LetterKind,
  type LetterLanguage,
  type LetterLayout,
  type LetterParagraph,
  type LetterSection,
  type LetterTemplate,
  type LetterTemplateSet,
  type MergeFieldName,
  type MergeOptions,
  type MissingField,
} from '../../../shared/letters';
import type { LetterPeriod } from '../../../shared/letters/templates/period';
import { fillFields } from '../../../shared/letters/templates/mergeSyntax';
import type { WrittenFields } from '../../db/lettersBody';
import type { SignatoryTitle } from '../../db/lettersSettings';

/**
 * The letter editor's model, as plain functions: which merge fields the
 * officer fills for a template, the merge data (the case's, with the
 * officer's own values winning), the merged paragraphs — or, while something
 * is missing, a preview with the gaps marked — and the content to render.
 */

/** A kind's template in the set in force: a manager's from Settings (templateSet.ts's useTemplateSet), else the shipped one. */
export function templateFor(kind: LetterKind, set: LetterTemplateSet = DEFAULT_TEMPLATE_SET): LetterTemplate {
  const template = set.templates.find((t) => t.kind === kind);
  if (!template) throw new Error(`no template for ${kind}`);
  return template;
}

export interface DraftContext {
  case: Case;
  requester: Requester;
  officer: { name: string; title: SignatoryTitle };
  company: CompanyDetails;
  /** the letter is dated the day it is signed; a draft shows today */
  letterDate: LocalDate;
  /** the templates and clauses in force (templateSet.ts); the shipped set when absent */
  templates?: LetterTemplateSet;
  /** the deadline rule in force for the case and its dates (issue 13: the letter's promise is made from it) */
  period?: LetterPeriod;
}

/** Fields the case decides; the officer fills one only where the case has none yet. */
const FROM_CASE: readonly MergeFieldName[] = ['dueDate', 'outcome', 'deletionGround'];
const NEVER_WRITTEN: readonly MergeFieldName[] = ['letterDate', 'receivedDate', 'officerTitle'];

function mergeOptions(ctx: DraftContext, layout: LetterLayout): MergeOptions {
  return { layout, regime: regimeOf(ctx.case), company: ctx.company, clauses: (ctx.templates ?? DEFAULT_TEMPLATE_SET).clauses };
}

/** The paragraphs' source texts of a template in one language: its own blocks and the clause variants that apply. */
function sourceTexts(template: LetterTemplate, language: LetterLanguage, ctx: DraftContext): string[] {
  const text = template.text[language];
  const regime = regimeOf(ctx.case);
  return [
    text.subject,
    ...text.blocks.map((b) => (b.type === 'text' ? b.text : (clauseVariant((ctx.templates ?? DEFAULT_TEMPLATE_SET).clauses, b.clause, regime, ctx.case.requestType)?.text[language] ?? ''))),
  ];
}

/**
 * The merge fields the officer writes for this letter, in the template's
 * order of need: free text (reasons, items requested…), dates (reply by…)
 * and, where the case has none, its outcome or deletion ground. A field a
 * kind of letter cannot go without (PIPL 50: a refusal's reasons) is always
 * among them.
 */
export function officerFields(template: LetterTemplate, layout: LetterLayout, ctx: DraftContext): MergeFieldName[] {
  const used = new Set<string>(REQUIRED_FIELDS[template.kind] ?? []);
  for (const language of layoutLanguages(layout)) for (const text of sourceTexts(template, language, ctx)) for (const f of fieldsIn(text)) used.add(f);
  const caseData = letterDataFromCase(ctx.case, ctx.requester, { name: ctx.officer.name, title: ctx.officer.title }, ctx.letterDate);
  return (Object.keys(mergeFieldKinds) as MergeFieldName[]).filter((f) => {
    if (!used.has(f) || NEVER_WRITTEN.includes(f)) return false;
    const kind = mergeFieldKinds[f];
    if (kind !== 'localized' && kind !== 'date' && kind !== 'outcome' && kind !== 'deletionGround') return false;
    return !FROM_CASE.includes(f) || caseData[f as keyof LetterData] === undefined;
  });
}

/** The officer's starting values: what the case already says (a refusal's reasons from closing it), in the letter's first language. */
export function initialWritten(fields: readonly MergeFieldName[], layout: LetterLayout, ctx: DraftContext): WrittenFields {
  const written: WrittenFields = {};
  const first = layoutLanguages(layout)[0] ?? 'zh-CN';
  if (fields.includes('reasons') && ctx.case.refusalReasons?.trim()) written.reasons = { [first]: ctx.case.refusalReasons.trim() };
  return written;
}

/** The merge data: the case's, with what the officer wrote winning (empty texts count as not written). */
export function letterData(ctx: DraftContext, written: WrittenFields): LetterData {
  const own: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(written)) {
    if (typeof value === 'string') {
      if (value.trim()) own[field] = value;
    } else if (value && Object.values(value).some((v) => v?.trim())) {
      own[field] = value;
    }
  }
  const fromRule: LetterData = ctx.period ? { responsePeriod: ctx.period } : {};
  return letterDataFromCase(ctx.case, ctx.requester, { name: ctx.officer.name, title: ctx.officer.title }, ctx.letterDate, { ...fromRule, ...(own as LetterData) });
}

export interface MergedDraft {
  sections: LetterSection[];
  /** SPEC §4: a missing merge field blocks signing and is named */
  missing: MissingField[];
}

/** `【不予支持的理由】` / `[reasons for refusing]`: where a missing field goes, marked for the preview. */
function placeholder(field: MergeFieldName, language: LetterLanguage): string {
  const label = translate(language, `letters.field.${field}`);
  return language === 'zh-CN' ? `【${label}】` : `[${label}]`;
}

/**
 * The template merged with the data. While fields are missing the merge
 * itself refuses; the preview then shows the letter with each gap marked,
 * so the officer sees where the reasons will go.
 */
export function mergeDraft(template: LetterTemplate, layout: LetterLayout, ctx: DraftContext, written: WrittenFields): MergedDraft {
  const data = letterData(ctx, written);
  const options = mergeOptions(ctx, layout);
  const merged = mergeLetter(template, data, options);
  if (merged.ok) return { sections: merged.sections, missing: [] };
  return { sections: previewSections(template, data, options), missing: merged.missing };
}

function previewSections(template: LetterTemplate, data: LetterData, options: MergeOptions): LetterSection[] {
  return layoutLanguages(options.layout).map((language) => {
    const fill = (text: string) =>
      fillFields(text, (name) => (name in mergeFieldKinds ? (fieldValue(name as MergeFieldName, data, language, options) ?? placeholder(name as MergeFieldName, language)) : undefined));
    const paragraphs: LetterParagraph[] = [];
    for (const block of template.text[language].blocks) {
      const variant = block.type === 'clause' ? clauseVariant(options.clauses, block.clause, options.regime, data.requestType) : undefined;
      const source = block.type === 'text' ? { style: block.style, text: block.text } : variant && { style: variant.style, text: variant.text[language] };
      if (!source) continue;
      for (const line of fill(source.text).split(/\s*\n\s*/)) if (line.trim()) paragraphs.push({ style: source.style, text: line.trim() });
    }
    return { language, subject: fill(template.text[language].subject), paragraphs };
  });
}

/** The content the PDF pipeline renders: the case's recipient, the paragraphs (merged or edited), the sign-off. */
export function letterContent(ctx: DraftContext, layout: LetterLayout, sections: LetterSection[]): LetterContent {
  return {
    layout,
    reference: ctx.case.reference,
    letterDate: ctx.letterDate,
    recipient: recipientFromRequester(ctx.requester),
    sections,
    signatory: {
      name: ctx.officer.name,
      title: { 'zh-CN': ctx.officer.title['zh-CN'], 'en-US': ctx.officer.title['en-US'] },
      ...(ctx.officer.title.romanisedName ? { romanisedName: ctx.officer.title.romanisedName } : {}),
    },
    company: ctx.company,
  };
}

/** The register's one-line subject of a letter: its subjects, both languages of a bilingual one. */
export function letterSubject(sections: readonly LetterSection[]): string {
  return sections.map((s) => s.subject).join(' / ');
}
