import type { CompanyDetails } from '../company';
import { layoutLanguages, type LetterLanguage, type LetterLayout, type LetterParagraph, type LetterSection, type LocalizedText } from '../content';
import { formatLetterDate } from '../dates';
import { fillFields } from './mergeSyntax';
import { mergeFieldKinds, type LetterData, type MergeFieldName } from './mergeFields';
import { accessInformationLines, contactChannels, euContacts } from './companyPhrases';
import { periodStatement, type LetterPeriod } from './period';
import { deletionGroundPhrases, legalBasisPhrases, outcomePhrases, requestTypePhrases } from './phrases';
import type { ClauseLibrary, ClauseVariant, LetterKind, LetterTemplate, Regime, TemplateBlock } from './schema';

export interface MergeOptions {
  layout: LetterLayout;
  regime: Regime;
  company: CompanyDetails;
  clauses: ClauseLibrary;
}

/** A field the letter needs and the data lacks, in the language that needs it. */
export interface MissingField {
  field: MergeFieldName;
  language: LetterLanguage;
}

export type MergeResult = { ok: true; sections: LetterSection[] } | { ok: false; missing: MissingField[] };

/**
 * Fields a kind of letter cannot go without, whatever a manager's edited
 * template still says: signing is blocked until they are filled.
 */
export const REQUIRED_FIELDS: Partial<Record<LetterKind, MergeFieldName[]>> = {
  refusal: ['reasons'], // PIPL 50: a refusal states its reasons
  'deletion-done': ['deletionGround'], // PIPL 47: the ground of the deletion is recorded and told
  'storage-only': ['retentionReason'], // PIPL 47 para. 2: why the information stays in storage
  'extension-notice': ['extensionReason', 'extendedDueDate'], // GDPR Art. 12(3): the extension with its reasons
  'information-request': ['requestedItems'],
};

/**
 * Picks a clause's variant for the regime and request type: a variant
 * that names a different regime or other request types does not apply; of
 * those that do, the most specific wins. No variant: the clause is left out
 * (recipients-informed exists for the GDPR only, say).
 */
export function clauseVariant(library: ClauseLibrary, id: string, regime: Regime, requestType: LetterData['requestType']): ClauseVariant | undefined {
  const clause = library.clauses.find((c) => c.id === id);
  let best: ClauseVariant | undefined;
  let bestScore = -1;
  for (const v of clause?.variants ?? []) {
    if (v.regime && v.regime !== regime) continue;
    if (v.requestTypes && (!requestType || !v.requestTypes.includes(requestType))) continue;
    const score = (v.regime ? 2 : 0) + (v.requestTypes ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [v, score];
  }
  return best;
}

function localized(value: LocalizedText | string | undefined, language: LetterLanguage): string | undefined {
  const text = typeof value === 'string' ? value : value?.[language];
  return text?.trim() ? text.trim() : undefined;
}

/** The printed value of a field in `language`, or undefined when the data lacks it. */
export function fieldValue(name: MergeFieldName, data: LetterData, language: LetterLanguage, options: Pick<MergeOptions, 'regime' | 'company'>): string | undefined {
  const { company, regime } = options;
  switch (name) {
    case 'companyName':
      return company.name[language];
    case 'companyAddress':
      return company.address[language];
    case 'companyEmail':
      return company.email;
    case 'companyHotline':
      return company.hotline;
    case 'companyWebsite':
      return company.website;
    case 'court':
      return company.court[language];
    case 'regulator':
      return company.regulator[language];
    case 'regulatorChannel':
      return company.regulatorChannel[language];
    case 'contactChannels':
      return contactChannels(company, regime, language);
    case 'euContacts':
      return euContacts(company, language);
    case 'accessInformation':
      return accessInformationLines(company, language).join('\n');
    case 'responsePeriod':
      return data.responsePeriod ? periodStatement(data.responsePeriod as LetterPeriod, language) : undefined;
    case 'legalBasis':
      return data.requestType ? legalBasisPhrases[regime][data.requestType][language] : undefined;
    case 'requestType':
      return data.requestType ? requestTypePhrases[data.requestType][language] : undefined;
    case 'outcome':
      return data.outcome ? outcomePhrases[data.outcome][language] : undefined;
    case 'deletionGround':
      return data.deletionGround ? deletionGroundPhrases[regime][data.deletionGround][language] : undefined;
  }
  const kind = mergeFieldKinds[name];
  const value = data[name];
  if (kind === 'date') return typeof value === 'string' && value ? formatLetterDate(value, language) : undefined;
  if (kind === 'localized') return localized(value as LocalizedText | string | undefined, language);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Merges a template with a case's data: for each language of the layout, the
 * subject and the paragraphs with every {{field}} filled and every clause
 * resolved. Anything missing blocks the merge and is named with the language
 * that needs it (SPEC §4: a missing merge field blocks signing). A value
 * with line breaks becomes one paragraph per line (a list of items).
 */
export function mergeLetter(template: LetterTemplate, data: LetterData, options: MergeOptions): MergeResult {
  const missing: MissingField[] = [];
  const note = (field: MergeFieldName, language: LetterLanguage) => {
    if (!missing.some((m) => m.field === field && m.language === language)) missing.push({ field, language });
  };
  const sections: LetterSection[] = [];
  for (const language of layoutLanguages(options.layout)) {
    const fill = (text: string) =>
      fillFields(text, (name) => {
        if (!(name in mergeFieldKinds)) return undefined;
        const value = fieldValue(name as MergeFieldName, data, language, options);
        if (value === undefined) note(name as MergeFieldName, language);
        return value;
      });
    for (const field of REQUIRED_FIELDS[template.kind] ?? []) {
      if (fieldValue(field, data, language, options) === undefined) note(field, language);
    }
    const paragraphs: LetterParagraph[] = [];
    for (const block of template.text[language].blocks) {
      const resolved = resolve(block, language, options, data);
      if (!resolved) continue;
      for (const line of fill(resolved.text).split(/\s*\n\s*/)) if (line.trim()) paragraphs.push({ style: resolved.style, text: line.trim() });
    }
    sections.push({ language, subject: fill(template.text[language].subject), paragraphs });
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, sections };
}

function resolve(block: TemplateBlock, language: LetterLanguage, options: MergeOptions, data: LetterData): LetterParagraph | undefined {
  if (block.type === 'text') return { style: block.style, text: block.text };
  const variant = clauseVariant(options.clauses, block.clause, options.regime, data.requestType);
  return variant ? { style: variant.style, text: variant.text[language] } : undefined;
}
