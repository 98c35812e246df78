import { z } from 'zod';
import { caseStageSchema } from '../../shared/domain/case';
import { deletionGroundSchema, outcomeSchema } from '../../shared/domain/requestTypes';
import { localDateSchema } from '../../shared/domain/time';
import { letterSectionSchema, localizedTextSchema } from '../../shared/letters/content';
import { mergeFieldNames } from '../../shared/letters/templates/mergeFields';

/**
 * What a ResponseLetter's `body` holds, as JSON: everything needed to show the
 * letter again as it was edited, and for a signed letter exactly what was
 * signed (its PDF and SHA-256 are the proof; this is the readable record).
 */
export const writtenValueSchema = z.union([localizedTextSchema, localDateSchema, outcomeSchema, deletionGroundSchema]);
export type WrittenValue = z.infer<typeof writtenValueSchema>;

/** The officer's own values for merge fields (reasons, items requested, dates…), which win over the case's. */
export const writtenFieldsSchema = z.partialRecord(z.enum(mergeFieldNames), writtenValueSchema);
export type WrittenFields = z.infer<typeof writtenFieldsSchema>;

export const letterBodySchema = z.object({
  v: z.literal(1),
  /** the template's version the letter was merged from */
  templateVersion: z.number().int().positive(),
  written: writtenFieldsSchema,
  /** the officer changed the merged paragraphs by hand: they no longer follow the template and fields */
  edited: z.boolean(),
  /** the paragraphs, per language of the layout (for an unedited draft, as last merged) */
  sections: z.array(letterSectionSchema).max(2),
  /** issue 14: the case's stage when the paragraphs last followed the case (a hand-edited draft is checked against it before signing) */
  caseStage: caseStageSchema.optional(),
  /** once signed: the recipient block, the letter's date and the signatory as printed */
  recipient: z.object({ name: z.string().max(200), lines: z.array(z.string().max(500)).max(10) }).optional(),
  letterDate: localDateSchema.optional(),
  signatory: z.object({ name: z.string().max(100), title: localizedTextSchema, romanisedName: z.string().max(100).optional() }).optional(),
});
export type LetterBody = z.infer<typeof letterBodySchema>;

/** The body of a stored letter, or undefined when it is not one we wrote (never trusted unparsed). */
export function parseLetterBody(body: string): LetterBody | undefined {
  try {
    const parsed = letterBodySchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
