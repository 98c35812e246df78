import type { Incident, PeopleAffected } from '../domain/incident';
import { incidentGradeIds, type IncidentGrade } from './vocabulary';

/**
 * The 网络安全事件分级指南 (annex to the 国家网络安全事件报告管理办法)
 * grades a leak of personal information by the number of people: 100
 * million or more is 特别重大, 10 million 重大, 1 million 较大. Anything
 * smaller is 一般 as far as the numbers go; other criteria of the guide
 * (systems down, economic loss, public impact) can raise it, which is why
 * the officer confirms the grade with a reason.
 */
const THRESHOLDS: readonly { atLeast: number; grade: IncidentGrade }[] = [
  { atLeast: 100_000_000, grade: 'especially-serious' },
  { atLeast: 10_000_000, grade: 'serious' },
  { atLeast: 1_000_000, grade: 'major' },
];

/**
 * The number the grading reads. For an estimate, the upper end: while the
 * count is uncertain the report must not be missed because the lower end
 * was read (a report that proves unnecessary costs less than a late one).
 */
export function gradingCount(people: PeopleAffected | undefined): number | undefined {
  if (!people) return undefined;
  return people.kind === 'exact' ? people.count : people.high;
}

export interface GradeSuggestion {
  grade: IncidentGrade;
  /** the count the suggestion read; undefined when the record has no number yet */
  count?: number;
  /** the threshold that was reached, when one was */
  threshold?: number;
}

export function suggestGrade(people: PeopleAffected | undefined): GradeSuggestion {
  const count = gradingCount(people);
  if (count === undefined) return { grade: 'general' };
  const hit = THRESHOLDS.find((t) => count >= t.atLeast);
  return hit ? { grade: hit.grade, count, threshold: hit.atLeast } : { grade: 'general', count };
}

/** The grade in force: the officer's confirmed grade, else the suggestion (the clocks run before anyone confirms). */
export function effectiveGrade(incident: Pick<Incident, 'gradeDecision' | 'peopleAffected'>): IncidentGrade {
  return incident.gradeDecision?.grade ?? suggestGrade(incident.peopleAffected).grade;
}

export function gradeRank(grade: IncidentGrade): number {
  return incidentGradeIds.indexOf(grade);
}

/** 较大 and above: the reporting measures' hour clocks apply (办法 第四条). */
export function isMajorOrAbove(grade: IncidentGrade): boolean {
  return gradeRank(grade) >= gradeRank('major');
}
