import { z } from 'zod';
import { instantSchema } from '../../domain/time';
import { affectedPersonSchema, rowProblemIds } from './importPeople';

const rawRowSchema = z.object({ name: z.string(), mobile: z.string(), email: z.string() });
const fieldSchema = z.enum(['name', 'mobile', 'email']);

/** What an import found, kept with the list so that the report can be read again later. */
export const peopleImportReportSchema = z.object({
  fileName: z.string().max(255),
  at: instantSchema,
  by: z.string().max(100),
  encoding: z.enum(['utf-8-bom', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be']),
  header: z.enum(['found', 'positional']),
  rowsRead: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  rejected: z.array(z.object({ line: z.number().int().positive(), problems: z.array(z.enum(rowProblemIds)), raw: rawRowSchema })),
  warnings: z.array(z.object({ line: z.number().int().positive(), problem: z.enum(rowProblemIds), value: z.string() })),
  merged: z.array(z.object({ line: z.number().int().positive(), into: z.number().int().positive().optional(), conflicts: z.array(fieldSchema) })),
});
export type StoredImportReport = z.infer<typeof peopleImportReportSchema>;

/** The affected people of one incident (renderer table `incidentPeople`, keyed by the incident). */
export const incidentPeopleListSchema = z.object({
  incidentId: z.string().min(1),
  people: z.array(affectedPersonSchema),
  /** the latest import's report */
  lastImport: peopleImportReportSchema.optional(),
  updatedAt: instantSchema,
});
export type IncidentPeopleList = z.infer<typeof incidentPeopleListSchema>;
