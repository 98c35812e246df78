import type { Incident } from '../../domain/incident';
import type { CompanyDetails } from '../../letters/company';
import type { LetterContent } from '../../letters/content';
import type { AffectedPerson } from '../people/importPeople';
import { draftLetterContent, type Signatory } from './noticeContent';
import { personalise } from './personalise';

/**
 * The individual notice as one letter per person (issue 7: the per-person
 * notices as one merged PDF), each addressed by name with the mobile number
 * and email address under it, generated lazily so a long list is never all
 * in memory as letters at once.
 */
export function* personalNoticeLetters(
  people: readonly AffectedPerson[],
  noticeText: string,
  incident: Incident,
  options: { company: CompanyDetails; signatory: Signatory; nowMs: number },
): Generator<LetterContent> {
  for (const person of people) {
    const name = person.name.trim() || '用户';
    const lines = [person.mobile, person.email].filter((l): l is string => !!l);
    yield draftLetterContent('email', personalise(noticeText, person.name), incident, { ...options, recipient: { name, lines } });
  }
}
