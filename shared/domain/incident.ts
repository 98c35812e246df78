import { z } from 'zod';
import { instantSchema } from './time';

/** 安全事件分级 under the national cybersecurity incident grading guide. */
export const incidentGradeIds = ['general', 'major', 'serious', 'especially-serious'] as const; // 一般/较大/重大/特别重大
export const incidentGradeSchema = z.enum(incidentGradeIds);
export type IncidentGrade = z.infer<typeof incidentGradeSchema>;

/**
 * A personal-information security incident (SPEC §5). The full record, its
 * clocks and its notices are built in their own issue; the store holds it
 * from the start so the seam exists.
 */
export const incidentSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1).max(500),
  /** discovered or learned of: starts every clock */
  discoveredAt: instantSchema,
  occurredAt: instantSchema.optional(),
  grade: incidentGradeSchema.optional(),
  peopleAffected: z.number().int().nonnegative().optional(),
  status: z.enum(['open', 'closed']),
  record: z.record(z.string(), z.unknown()),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Incident = z.infer<typeof incidentSchema>;
