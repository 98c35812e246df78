import type { Incident, IncidentRecordPatch, PeopleAffected } from '../../../../shared/domain/incident';
import { storedCategoryElements, type BreachType, type IncidentRegion, type PersonalInfoCategory } from '../../../../shared/incidents';
import { fromInputValue, toInputValue } from '../dateInput';

/** The record form's values: the record's fields as the controls hold them. */
export interface RecordFormValues {
  title: string;
  discoveredAt: string;
  occurredAt: string;
  discoveredBy: string;
  description: string;
  systems: string;
  place: string;
  breachTypes: BreachType[];
  categories: PersonalInfoCategory[];
  categoriesOther: string;
  sensitive: 'yes' | 'no' | 'unknown';
  sensitiveWhich: string;
  peopleKind: 'exact' | 'estimate' | 'unknown';
  peopleExact: number | null;
  peopleLow: number | null;
  peopleHigh: number | null;
  subjectCategories: string;
  recordsAffected: number | null;
  regions: IncidentRegion[];
  eeaPeopleAffected: number | null;
  cause: string;
  possibleHarm: string;
  measuresTaken: string;
  measuresEffect: string;
  measuresPlanned: string;
  trend: string;
  supportRequested: string;
  adviceToIndividuals: string;
  remediesOffered: string;
  contact: { name: string; phone: string; email: string };
  suspectedCrime: boolean;
  criticalInfrastructure: boolean;
  gdprDelayReasons: string;
}

export function toFormValues(i: Incident): RecordFormValues {
  const people = i.peopleAffected;
  return {
    title: i.title,
    discoveredAt: toInputValue(i.discoveredAt),
    occurredAt: toInputValue(i.occurredAt),
    discoveredBy: i.discoveredBy,
    description: i.description,
    systems: i.systems,
    place: i.place,
    breachTypes: i.breachTypes,
    categories: storedCategoryElements(i.categories),
    categoriesOther: i.categoriesOther,
    sensitive: i.sensitiveInvolved === undefined ? 'unknown' : i.sensitiveInvolved ? 'yes' : 'no',
    sensitiveWhich: i.sensitiveWhich,
    peopleKind: people?.kind ?? 'unknown',
    peopleExact: people?.kind === 'exact' ? people.count : null,
    peopleLow: people?.kind === 'estimate' ? people.low : null,
    peopleHigh: people?.kind === 'estimate' ? people.high : null,
    subjectCategories: i.subjectCategories,
    recordsAffected: i.recordsAffected ?? null,
    regions: i.regions,
    eeaPeopleAffected: i.eeaPeopleAffected ?? null,
    cause: i.cause,
    possibleHarm: i.possibleHarm,
    measuresTaken: i.measuresTaken,
    measuresEffect: i.measuresEffect,
    measuresPlanned: i.measuresPlanned,
    trend: i.trend,
    supportRequested: i.supportRequested,
    adviceToIndividuals: i.adviceToIndividuals,
    remediesOffered: i.remediesOffered,
    contact: { ...i.contact },
    suspectedCrime: i.suspectedCrime,
    criticalInfrastructure: i.criticalInfrastructure,
    gdprDelayReasons: i.gdprDelayReasons,
  };
}

const count = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.trunc(n) : undefined);

function people(v: RecordFormValues): PeopleAffected | undefined {
  if (v.peopleKind === 'exact') {
    const c = count(v.peopleExact);
    return c === undefined ? undefined : { kind: 'exact', count: c };
  }
  if (v.peopleKind === 'estimate') {
    const low = count(v.peopleLow);
    const high = count(v.peopleHigh);
    if (low === undefined && high === undefined) return undefined;
    return { kind: 'estimate', low: low ?? high ?? 0, high: high ?? low ?? 0 };
  }
  return undefined;
}

/** Every record field from the form; the store writes and logs only those that changed. */
export function toPatch(v: RecordFormValues, current: Incident): IncidentRecordPatch {
  return {
    title: v.title.trim(),
    discoveredAt: fromInputValue(v.discoveredAt) ?? current.discoveredAt,
    occurredAt: fromInputValue(v.occurredAt),
    discoveredBy: v.discoveredBy,
    description: v.description,
    systems: v.systems,
    place: v.place,
    breachTypes: v.breachTypes,
    categories: v.categories,
    categoriesOther: v.categoriesOther,
    sensitiveInvolved: v.sensitive === 'unknown' ? undefined : v.sensitive === 'yes',
    sensitiveWhich: v.sensitiveWhich,
    peopleAffected: people(v),
    subjectCategories: v.subjectCategories,
    recordsAffected: count(v.recordsAffected),
    regions: v.regions,
    eeaPeopleAffected: v.regions.includes('eea') ? count(v.eeaPeopleAffected) : undefined,
    cause: v.cause,
    possibleHarm: v.possibleHarm,
    measuresTaken: v.measuresTaken,
    measuresEffect: v.measuresEffect,
    measuresPlanned: v.measuresPlanned,
    trend: v.trend,
    supportRequested: v.supportRequested,
    adviceToIndividuals: v.adviceToIndividuals,
    remediesOffered: v.remediesOffered,
    contact: { name: v.contact.name.trim(), phone: v.contact.phone.trim(), email: v.contact.email.trim() },
    suspectedCrime: v.suspectedCrime,
    criticalInfrastructure: v.criticalInfrastructure,
    gdprDelayReasons: v.gdprDelayReasons,
  };
}
