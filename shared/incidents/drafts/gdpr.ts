import type { Incident } from '../../domain/incident';
import type { BreachType } from '../vocabulary';
import { DRAFT_DEFINITIONS, type DraftElementId } from './elements';
import { categoriesText, contactText, dayText, groupDigits, momentText, orPlaceholder, peopleText } from './format';
import type { NoticeContext } from './notice';
import { numberedHeading } from './sections';

const en = 'en-US';

/** The three kinds of breach the EDPB guidelines (9/2022) name, for PIPL 57's 泄露/篡改/丢失. */
const BREACH_KIND: Record<BreachType, string> = {
  leak: 'confidentiality breach (unauthorised disclosure of, or access to, personal data)',
  tampering: 'integrity breach (unauthorised alteration of personal data)',
  loss: 'availability breach (loss of, or loss of access to, personal data)',
};

export interface GdprContext extends NoticeContext {
  /** Art. 33(1): the notice comes (or would come) after 72 hours */
  late: boolean;
}

/** The record's free text goes in as written (often Chinese): the officer translates it before sending, and the screen says so. */
function bodies(incident: Incident): Record<DraftElementId, string> {
  const kinds = incident.breachTypes.map((t) => BREACH_KIND[t]);
  const occurred = incident.occurredAt ? `The breach occurred on ${momentText(incident.occurredAt, en)}; we` : 'When the breach began is still being investigated; we';
  const eea = incident.eeaPeopleAffected;
  const total = peopleText(incident.peopleAffected, en);
  // an estimated total already says "approximately" (format.ts): never "Approximately approximately" (issue 14)
  const approximately = (n: string) => (/^approximately /.test(n) ? `A${n.slice(1)}` : `Approximately ${n}`);
  const subjects =
    eea !== undefined
      ? `Approximately ${groupDigits(eea)} data subjects in the EEA${total ? ` (${total} in total)` : ''}.`
      : total
        ? `${approximately(total)} data subjects in total; the number in the EEA is still being established.`
        : orPlaceholder(undefined, en, 'approximate number of data subjects');
  const records = incident.recordsAffected !== undefined ? `Approximately ${groupDigits(incident.recordsAffected)} records.` : orPlaceholder(undefined, en, 'approximate number of records');
  const categories = categoriesText(incident, en);
  const measures = [
    incident.measuresTaken.trim() ? `Taken: ${incident.measuresTaken.trim()}` : '',
    incident.measuresPlanned.trim() ? `Proposed: ${incident.measuresPlanned.trim()}` : '',
  ].filter(Boolean);
  const contact = contactText(incident.contact, en);
  const result: Partial<Record<DraftElementId, string>> = {
    nature: [
      kinds.length ? `Type: ${kinds.join('; ')}.` : orPlaceholder(undefined, en, 'type of breach'),
      orPlaceholder(incident.description, en, 'what happened'),
      `${occurred} became aware of it on ${momentText(incident.discoveredAt, en)}.`,
      ...(incident.cause.trim() ? [`Cause: ${incident.cause.trim()}`] : []),
    ].join('\n'),
    'data-subjects': [`Categories: ${orPlaceholder(incident.subjectCategories, en, 'categories of data subjects')}`, subjects].join('\n'),
    'data-records': [
      `Categories of personal data: ${categories ?? orPlaceholder(undefined, en, 'categories of personal data')}`,
      ...(incident.sensitiveInvolved ? [`Sensitive data concerned: ${orPlaceholder(incident.sensitiveWhich, en, 'which sensitive data')}`] : []),
      records,
    ].join('\n'),
    'contact-point': contact ?? orPlaceholder(undefined, en, 'name and contact details of the contact point'),
    consequences: orPlaceholder(incident.possibleHarm, en, 'likely consequences'),
    'gdpr-measures': measures.length ? measures.join('\n') : orPlaceholder(undefined, en, 'measures taken or proposed'),
    'delay-reasons': orPlaceholder(incident.gdprDelayReasons, en, 'reasons for the delay (Art. 33(1))'),
    advice: orPlaceholder(incident.adviceToIndividuals, en, 'what data subjects can do'),
  };
  return result as Record<DraftElementId, string>;
}

function numbered(kind: 'gdpr-art33' | 'gdpr-art34', b: Record<DraftElementId, string>, include: (e: DraftElementId) => boolean): string {
  return DRAFT_DEFINITIONS[kind].sections
    .filter((s) => include(s.element))
    .map((s, i) => `${numberedHeading(i, s.heading, en)}\n${b[s.element]}`)
    .join('\n\n');
}

/** GDPR Art. 33: the notice to the supervisory authority, in English, with Art. 33(3)(a)–(d) and, after 72 hours, the reasons for the delay. */
export function generateArt33Notice(incident: Incident, context: GdprContext): string {
  const b = bodies(incident);
  const company = context.company;
  return [
    'Notification of a personal data breach (GDPR Article 33)',
    '',
    `Controller: ${company.name[en]}, ${company.address[en]}`,
    `Our reference: ${incident.reference}`,
    `Date of this notification: ${dayText(context.nowMs, en)}`,
    'Where information is not yet available it will be provided in phases without undue further delay (Art. 33(4)).',
    '',
    numbered('gdpr-art33', b, (e) => e !== 'delay-reasons' || context.late),
  ].join('\n');
}

/** GDPR Art. 34: the communication to the data subjects, in clear and plain language (Art. 34(2)). */
export function generateArt34Communication(incident: Incident, context: GdprContext): string {
  const b = bodies(incident);
  const company = context.company;
  return [
    'Important information about your personal data',
    '',
    'Dear user,',
    `We are writing to tell you about a personal data breach at ${company.name[en]} that may affect your personal data.`,
    '',
    numbered('gdpr-art34', b, () => true),
    '',
    'You also have the right to lodge a complaint with a data protection supervisory authority, or to bring proceedings before a competent court (privacy policy 10.3).',
    '',
    'Yours sincerely,',
    company.name[en],
    dayText(context.nowMs, en),
  ].join('\n');
}
