import { z } from 'zod';
import { channelSchema, deletionGroundSchema, outcomeSchema, requestTypeSchema } from './requestTypes';
import { instantSchema, localDateSchema } from './time';

/**
 * 案件编号: `CL-<year>-<4-digit sequence>` (SPEC §1); the sequence may grow past 9999.
 * In a team, a workstation that ran out of numbers offline issues a provisional
 * `CL-<year>-P<tag>-<nn>`, replaced by a final number once online (shared/sync/referenceBlocks.ts).
 */
export const caseReferenceSchema = z.string().regex(/^CL-\d{4}-(?:\d{4,}|P[0-9A-Z]{4}-\d{2,})$/);
export type CaseReference = z.infer<typeof caseReferenceSchema>;

export function formatCaseReference(year: number, sequence: number): CaseReference {
  return `CL-${year}-${String(sequence).padStart(4, '0')}`;
}

/** Where a case-reference pattern appears in free text (a mail subject, say). */
export const CASE_REFERENCE_PATTERN = /\bCL-(\d{4})-(\d{4,})\b/;

/**
 * The lifecycle the dashboard indexes on:
 * - `open`: being handled, its clock running (or waiting for verification);
 * - `paused`: waiting for the requester, clock stopped;
 * - `closed`: answered or otherwise ended.
 */
export const caseStatusIds = ['open', 'paused', 'closed'] as const;
export const caseStatusSchema = z.enum(caseStatusIds);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** Finer workflow stage shown on the case (the timeline explains each). */
export const caseStageIds = [
  'received', // 已收件
  'verifying', // 身份验证中
  'in-progress', // 处理中
  'awaiting-requester', // 等待申请人补充
  'answered', // 已答复
  'closed', // 已结案
  'voided', // 作废: opened by mistake (status closed, no closing date, off every count; issue 14)
] as const;
export const caseStageSchema = z.enum(caseStageIds);
export type CaseStage = z.infer<typeof caseStageSchema>;

/** Where the received-at time came from (SPEC §1: the server's Received header, else Date:, and the case says so). */
// 'server-internaldate': read from the legal mailbox over IMAP, the server's INTERNALDATE (issue 17)
export const receivedAtSourceIds = ['received-header', 'date-header', 'file-time', 'entered', 'server-internaldate'] as const;
export const receivedAtSourceSchema = z.enum(receivedAtSourceIds);

/** A stretch of time when the clock stood still, waiting for the requester. */
export const clockPauseSchema = z.object({
  id: z.string(),
  from: localDateSchema,
  /** the day the requester answered; absent while the pause runs */
  to: localDateSchema.optional(),
  reason: z.string().min(1).max(2000),
  by: z.string(),
});
export type ClockPause = z.infer<typeof clockPauseSchema>;

export const clockExtensionSchema = z.object({
  id: z.string(),
  /** extra units under the case's rule (GDPR: months; others: working days) */
  amount: z.number().int().positive(),
  reason: z.string().min(1).max(2000),
  /** GDPR Art. 12(3): the requester must be told within the first month */
  noticeBy: localDateSchema.optional(),
  at: instantSchema,
  by: z.string(),
});
export type ClockExtension = z.infer<typeof clockExtensionSchema>;

export const caseSchema = z.object({
  id: z.string().min(1),
  reference: caseReferenceSchema,
  channel: channelSchema,
  receivedAt: instantSchema,
  receivedAtSource: receivedAtSourceSchema,
  requesterId: z.string().min(1),
  requestType: requestTypeSchema,
  /** the officer confirmed the suggested type */
  typeConfirmed: z.boolean(),
  /** EEA requester: GDPR rules apply (policy 9.4, 10.3) */
  gdpr: z.boolean(),
  subject: z.string().max(500),
  summary: z.string().max(20000),
  status: caseStatusSchema,
  stage: caseStageSchema,
  /** the officer (法务专员) who carries the case */
  assignee: z.string().max(100),
  verifiedAt: instantSchema.optional(),
  pauses: z.array(clockPauseSchema),
  extensions: z.array(clockExtensionSchema),
  /** an internal target earlier than the legal due date, if the team set one */
  targetDate: localDateSchema.optional(),
  /**
   * The legal due date as last computed by the deadline engine. Stored so the
   * dashboard can answer from the `[status+dueDate]` index instead of loading
   * every case; recomputed when the calendar or a rule changes.
   */
  dueDate: localDateSchema.optional(),
  /** the previous due date when a recomputation moved it, until acknowledged */
  dueDateMovedFrom: localDateSchema.optional(),
  outcome: outcomeSchema.optional(),
  deletionGround: deletionGroundSchema.optional(),
  /** PIPL 50: a refusal states its reasons */
  refusalReasons: z.string().max(20000).optional(),
  closedAt: instantSchema.optional(),
  /** Message-IDs of mail on this case, for threading replies (SPEC §1) */
  messageIds: z.array(z.string().max(998)),
  /**
   * Intake could not read or trust what arrived (a message that did not
   * parse, or parsed with repairs): an officer must look at the raw document
   * before relying on the case (SPEC §1: kept, never dropped). Optional so
   * cases written before it existed stay valid.
   */
  needsReview: z.boolean().optional(),
  /**
   * The receipt time was not stated by any server: it came from the file's
   * time (or the moment of import). The legal due date counts from it, so it
   * is shown as provisional until an officer confirms the time (audited;
   * issue 12). Absent once confirmed, and on cases from before it existed.
   */
  receiptUnconfirmed: z.boolean().optional(),
  /**
   * A message that named this case (a reference in its subject, or a
   * Message-ID of its thread) from someone who is not its requester opened
   * its own case instead, citing the one it named (issue 12).
   */
  cites: z
    .object({
      reference: caseReferenceSchema,
      via: z.enum(['in-reply-to', 'references', 'case-reference']),
    })
    .optional(),
  /** a postal letter's postmark (邮戳日期): recorded apart from 签收日期, which starts the clock (SPEC §1) */
  postmarkDate: localDateSchema.optional(),
  /** the postal tracking number (快递单号 / 挂号信号) of a letter received on paper */
  trackingNumber: z.string().trim().min(1).max(100).optional(),
  /**
   * 作废 (issue 14): the case was opened by mistake. Its number stays used and
   * shown; the case is `closed` with stage `voided` and no closing date, so it
   * is off the live counts, the overdue list and the monthly figures.
   */
  voided: z.object({ at: instantSchema, by: z.string().min(1).max(100), reason: z.string().trim().min(1).max(2000) }).optional(),
  /**
   * 合并 (issue 14): a duplicate merged into another case. It is voided as well
   * (`voided` holds when, by whom and why), so it is off every count; its mail,
   * documents and evidence moved to the target, and its number stays used.
   */
  mergedInto: z.object({ caseId: z.string().min(1), reference: caseReferenceSchema }).optional(),
  /** the cases merged into this one, each with when and by whom (the reason is on the merged case) */
  mergedFrom: z.array(z.object({ caseId: z.string().min(1), reference: caseReferenceSchema, at: instantSchema, by: z.string().min(1).max(100) })).optional(),
  /** each reopening of a closed case, with its reason (issue 14); the closing it undid is in the audit trail */
  reopenings: z.array(z.object({ at: instantSchema, by: z.string().min(1).max(100), reason: z.string().trim().min(1).max(2000) })).optional(),
  /** set when the case's personal data was purged at the end of retention (policy 5.5.1; shared/retention/) */
  purgedAt: instantSchema.optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Case = z.infer<typeof caseSchema>;
