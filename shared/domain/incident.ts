import { z } from 'zod';
import {
  art34ExceptionIds,
  breachTypeIds,
  draftKindIds,
  gdprRiskIds,
  incidentGradeIds,
  incidentRegionIds,
  individualNoticeModeIds,
  obligationIds,
  categoryElementsOf,
  personalInfoCategoryIds,
  reportStageIds,
} from '../incidents/vocabulary';
import { instantSchema } from './time';

export { incidentGradeIds, type IncidentGrade } from '../incidents/vocabulary';
export const incidentGradeSchema = z.enum(incidentGradeIds);

/** 事件编号: `INC-<year>-<4-digit sequence>`, the year of discovery in Shanghai. */
export const incidentReferenceSchema = z.string().regex(/^INC-\d{4}-(?:\d{4,}|P[0-9A-Z]{4}-\d{2,})$/);
export function formatIncidentReference(year: number, sequence: number): string {
  return `INC-${year}-${String(sequence).padStart(4, '0')}`;
}

const text = (max = 20000) => z.string().max(max);

/**
 * How many people: an exact count, or an estimated range when the officer
 * does not know yet (the grading then reads the upper end, see grading.ts).
 */
export const peopleAffectedSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), count: z.number().int().nonnegative() }),
  z
    .object({ kind: z.literal('estimate'), low: z.number().int().nonnegative(), high: z.number().int().nonnegative() })
    .refine((r) => r.low <= r.high, 'low ≤ high'),
]);
export type PeopleAffected = z.infer<typeof peopleAffectedSchema>;

export const contactDetailsSchema = z.object({
  name: text(100),
  phone: text(60),
  email: text(320),
});
export type ContactDetails = z.infer<typeof contactDetailsSchema>;

/** Who did something and when, with the reason where the law asks for one. */
const decisionBase = { at: instantSchema, by: z.string().min(1).max(100) };

/** The officer's grade, with the reason (issue 7: suggested from the numbers, confirmed by the officer). */
export const gradeDecisionSchema = z.object({ grade: incidentGradeSchema, reason: z.string().trim().min(1).max(2000), ...decisionBase });
export type GradeDecision = z.infer<typeof gradeDecisionSchema>;

/** PIPL 57: tell each person, announce, or (justified) not tell. Announcing and skipping need their reason on record. */
export const individualNoticeDecisionSchema = z
  .object({ mode: z.enum(individualNoticeModeIds), justification: text(4000), ...decisionBase })
  .refine((d) => d.mode === 'individual' || d.justification.trim() !== '', { message: 'a reason is required', path: ['justification'] });
export type IndividualNoticeDecision = z.infer<typeof individualNoticeDecisionSchema>;

/** GDPR Art. 34: the risk assessment, and the Art. 34(3) exception relied on with its justification. */
export const art34DecisionSchema = z
  .object({ risk: z.enum(gdprRiskIds), exception: z.enum(art34ExceptionIds).optional(), justification: text(4000), ...decisionBase })
  .refine((d) => d.exception === undefined || d.justification.trim() !== '', { message: 'a justification is required', path: ['justification'] });
export type Art34Decision = z.infer<typeof art34DecisionSchema>;

/** An obligation met: when it was done (may be earlier than when it was recorded), by whom, with a note (channel, receipt number…). */
export const obligationDoneSchema = z.object({ doneAt: instantSchema, note: text(2000), ...decisionBase });
export type ObligationDone = z.infer<typeof obligationDoneSchema>;

/**
 * A draft's state. A draft without `text` follows the record (regenerated on
 * every read); editing stores the text. Marking it ready freezes the text it
 * was checked against (the completeness check ran on exactly these words).
 */
export const draftStateSchema = z.object({
  text: text(100000).optional(),
  stage: z.enum(reportStageIds).optional(),
  readyAt: instantSchema.optional(),
  readyBy: z.string().max(100).optional(),
});
export type DraftState = z.infer<typeof draftStateSchema>;

/**
 * A personal-information security incident (SPEC §5, issue 7). Everything a
 * notice or report must say is a field here, so that the drafts are generated
 * from the record and the completeness check can name what is missing.
 */
export const incidentSchema = z.object({
  id: z.string().min(1),
  reference: incidentReferenceSchema,
  title: z.string().trim().min(1).max(500),
  /** discovered or learned of (发现或获知): starts every clock */
  discoveredAt: instantSchema,
  occurredAt: instantSchema.optional(),
  discoveredBy: text(200),
  description: text(),
  /** systems and platforms affected (涉事设施、系统、平台) */
  systems: text(4000),
  /** where it happened (the reporting measures ask for 地点) */
  place: text(500),
  breachTypes: z.array(z.enum(breachTypeIds)).max(breachTypeIds.length),
  /** data elements (issue 14); a record stored with the older grouped ids is read as the elements they named */
  categories: z.preprocess(
    (stored) => (Array.isArray(stored) && stored.every((id) => typeof id === 'string') ? categoryElementsOf(stored) : stored),
    z.array(z.enum(personalInfoCategoryIds)).max(personalInfoCategoryIds.length),
  ),
  categoriesOther: text(2000),
  /** undefined: not yet assessed */
  sensitiveInvolved: z.boolean().optional(),
  sensitiveWhich: text(2000),
  peopleAffected: peopleAffectedSchema.optional(),
  /** who they are (platform users, enterprise customers' agents, end users…): GDPR Art. 33(3)(a) "categories of data subjects" */
  subjectCategories: text(2000),
  /** Art. 33(3)(a) asks for the approximate number of EEA data subjects; the total stands in while unknown */
  eeaPeopleAffected: z.number().int().nonnegative().optional(),
  recordsAffected: z.number().int().nonnegative().optional(),
  regions: z.array(z.enum(incidentRegionIds)).max(incidentRegionIds.length),
  cause: text(),
  possibleHarm: text(),
  measuresTaken: text(),
  /** 应对措施的效果 (the reporting measures) */
  measuresEffect: text(),
  measuresPlanned: text(),
  /** 事态发展趋势 (the reporting measures) */
  trend: text(),
  /** 请求支援事项 (the reporting measures); "无" is an answer */
  supportRequested: text(4000),
  adviceToIndividuals: text(),
  remediesOffered: text(),
  contact: contactDetailsSchema,
  suspectedCrime: z.boolean(),
  criticalInfrastructure: z.boolean(),
  /** GDPR Art. 33(1): why the notice comes after 72 hours */
  gdprDelayReasons: text(),

  gradeDecision: gradeDecisionSchema.optional(),
  individualNotice: individualNoticeDecisionSchema.optional(),
  art34: art34DecisionSchema.optional(),
  obligationsDone: z.partialRecord(z.enum(obligationIds), obligationDoneSchema),
  drafts: z.partialRecord(z.enum(draftKindIds), draftStateSchema),
  /** 处置结束: starts the 30-day summary report */
  handlingEndedAt: instantSchema.optional(),

  status: z.enum(['open', 'closed']),
  createdBy: z.string().min(1).max(100),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Incident = z.infer<typeof incidentSchema>;

/** The fields an officer edits in the record form (decisions, drafts and bookkeeping have their own actions). */
export const incidentRecordFieldIds = [
  'title',
  'discoveredAt',
  'occurredAt',
  'discoveredBy',
  'description',
  'systems',
  'place',
  'breachTypes',
  'categories',
  'categoriesOther',
  'sensitiveInvolved',
  'sensitiveWhich',
  'peopleAffected',
  'subjectCategories',
  'eeaPeopleAffected',
  'recordsAffected',
  'regions',
  'cause',
  'possibleHarm',
  'measuresTaken',
  'measuresEffect',
  'measuresPlanned',
  'trend',
  'supportRequested',
  'adviceToIndividuals',
  'remediesOffered',
  'contact',
  'suspectedCrime',
  'criticalInfrastructure',
  'gdprDelayReasons',
] as const satisfies readonly (keyof Incident)[];
export type IncidentRecordField = (typeof incidentRecordFieldIds)[number];
export type IncidentRecordPatch = Partial<Pick<Incident, IncidentRecordField>>;

/** An empty record, for a new incident: only the title and the moment of discovery are needed to start the clocks. */
export function blankIncidentFields(): Omit<Incident, 'id' | 'reference' | 'title' | 'discoveredAt' | 'createdBy' | 'createdAt' | 'updatedAt'> {
  return {
    discoveredBy: '',
    description: '',
    systems: '',
    place: '',
    breachTypes: [],
    categories: [],
    categoriesOther: '',
    sensitiveWhich: '',
    subjectCategories: '',
    regions: [],
    cause: '',
    possibleHarm: '',
    measuresTaken: '',
    measuresEffect: '',
    measuresPlanned: '',
    trend: '',
    supportRequested: '',
    adviceToIndividuals: '',
    remediesOffered: '',
    contact: { name: '', phone: '', email: '' },
    suspectedCrime: false,
    criticalInfrastructure: false,
    gdprDelayReasons: '',
    obligationsDone: {},
    drafts: {},
    status: 'open',
  };
}
