import type { DraftKind } from '../vocabulary';
import { DRAFT_DEFINITIONS, ELEMENT_SOURCES, requiredElements, type DraftContext, type DraftElementId, type ElementSourceId } from './elements';
import { hasContactDetails, hasPlaceholder, placeholder, splitSections } from './sections';

/**
 * - `no-section`: the heading is gone (edited away)
 * - `empty`: the heading is there, nothing under it
 * - `placeholder`: the record had nothing for it and the draft still says 待补充
 * - `no-contact`: the contact section names no telephone number or email address
 */
export type MissingProblem = 'no-section' | 'empty' | 'placeholder' | 'no-contact';

export interface MissingElement {
  element: DraftElementId;
  problem: MissingProblem;
  sources: readonly ElementSourceId[];
}

export interface CompletenessResult {
  complete: boolean;
  required: DraftElementId[];
  missing: MissingElement[];
}

const CONTACT_ELEMENTS: ReadonlySet<DraftElementId> = new Set(['contact', 'contact-point']);

function sourcesFor(kind: DraftKind, element: DraftElementId): readonly ElementSourceId[] {
  // Art. 34(2): the communication describes the nature and carries Art. 33(3)(b)–(d)
  if (kind === 'gdpr-art34') return element === 'nature' ? ['gdpr-34-2'] : ['gdpr-34-2', ...ELEMENT_SOURCES[element]];
  return ELEMENT_SOURCES[element];
}

/**
 * Checks a draft's text, as it stands (generated or edited), for every
 * element the law asks of it (issue 7): PIPL 57 and policy 5.4.1 for
 * notices, the reporting measures for the regulator report, GDPR Art. 33(3)
 * and 34(2) for the EEA drafts. The text is what goes out, so the text is
 * what is checked, not the record behind it.
 */
export function checkDraft(kind: DraftKind, text: string, context: DraftContext): CompletenessResult {
  const def = DRAFT_DEFINITIONS[kind];
  const required = requiredElements(kind, context);
  const missing: MissingElement[] = [];
  const flag = (element: DraftElementId, problem: MissingProblem) => missing.push({ element, problem, sources: sourcesFor(kind, element) });

  if (def.inline) {
    // a text without headings: its placeholders name what the record lacked
    for (const element of required) {
      const label = def.inline.find((i) => i.element === element)?.label ?? element;
      if (text.includes(placeholder(def.language, label))) flag(element, 'placeholder');
      else if (CONTACT_ELEMENTS.has(element) && !hasContactDetails(text)) flag(element, 'no-contact');
    }
  } else {
    const bodies = splitSections(text, def.sections);
    for (const element of required) {
      const body = bodies.get(element);
      if (body === undefined) flag(element, 'no-section');
      else if (body === '') flag(element, 'empty');
      else if (hasPlaceholder(body)) flag(element, 'placeholder');
      else if (CONTACT_ELEMENTS.has(element) && !hasContactDetails(body)) flag(element, 'no-contact');
    }
  }
  return { complete: missing.length === 0, required, missing };
}
