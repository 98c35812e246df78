import { z } from 'zod';
import { requestTypeSchema } from '../domain/requestTypes';
import { requesterKindSchema } from '../domain/requester';
import { instantSchema } from '../domain/time';
import {
  checklistItemIdSchema,
  identityOutcomeSchema,
  itemResultSchema,
  overrideKindSchema,
  verificationMethodSchema,
} from './vocabulary';

/**
 * The record of an identity check on a case (SPEC §2: method, evidence,
 * result, who and when). Items and decisions are appended, never edited: a
 * re-check adds a newer record and the newest one for an item counts.
 *
 * The schema checks shape only. Whether a decision was allowed (no
 * `verified` while a required item is missing) is evaluateIdentityCheck's
 * job, so that a later change of the checklists never makes stored records
 * unreadable.
 *
 * No field holds an ID number: that lives on the requester, masked on screen
 * and revealed only through an audited action.
 */

const officer = z.string().trim().min(1).max(100);
const reason = z.string().trim().min(1).max(2000);

export const identityCheckItemSchema = z.object({
  item: checklistItemIdSchema,
  method: verificationMethodSchema,
  /** the case document that holds the evidence (a scan, the sealed letter …) */
  evidenceDocumentId: z.string().min(1).optional(),
  result: itemResultSchema,
  checkedBy: officer,
  checkedAt: instantSchema,
  note: z.string().max(2000).optional(),
});
export type IdentityCheckItem = z.infer<typeof identityCheckItemSchema>;

/** An officer accepts a validator's warning (a failed GB 32100 check, a name mismatch) for a stated reason. */
export const identityOverrideSchema = z.object({
  kind: overrideKindSchema,
  reason,
  by: officer,
  at: instantSchema,
});
export type IdentityOverride = z.infer<typeof identityOverrideSchema>;

export const identityDecisionSchema = z
  .object({
    outcome: identityOutcomeSchema,
    decidedBy: officer,
    decidedAt: instantSchema,
    /** why it failed, or what is still needed (it goes into the letter asking for more) */
    reason: z.string().max(2000).optional(),
  })
  .refine((d) => d.outcome === 'verified' || (d.reason ?? '').trim() !== '', {
    message: 'a failed or insufficient outcome states its reason',
    path: ['reason'],
  });
export type IdentityDecision = z.infer<typeof identityDecisionSchema>;

export const identityCheckSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  requesterKind: requesterKindSchema,
  requestType: requestTypeSchema,
  /** GDPR Art. 12(6): a reasonable doubt makes an EEA requester's ID document required */
  reasonableDoubt: z.object({ reason, raisedBy: officer, raisedAt: instantSchema }).optional(),
  /** names as read from the documents, for the consistency check (the request's name is the requester's) */
  namesSeen: z
    .object({
      idDocument: z.string().max(200).optional(),
      account: z.string().max(200).optional(),
      /** the registered address of the account the request concerns, when it names one (fraud signal: not the sender's) */
      accountEmail: z.string().max(320).optional(),
    })
    .optional(),
  items: z.array(identityCheckItemSchema).max(500),
  overrides: z.array(identityOverrideSchema).max(50),
  /** in the order made; the last is the current outcome */
  decisions: z.array(identityDecisionSchema).max(200),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type IdentityCheck = z.infer<typeof identityCheckSchema>;

/** The outcome in force, if any decision was made. */
export function currentDecision(check: Pick<IdentityCheck, 'decisions'>): IdentityDecision | undefined {
  return check.decisions.at(-1);
}
