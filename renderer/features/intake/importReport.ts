import type { Instant, LocalDate } from '../../../shared/domain/time';
import { shanghaiDate } from '../../../shared/domain/time';
import type { RequestType } from '../../../shared/domain/requestTypes';
import type { EeaVerdict, ImportOutcome, ImportPlan, IntakeWarning, JoinedVia, ParseFailureCode, ParseResult, SuggestionConfidence } from '../../../shared/intake';
import { receiptUnconfirmed } from '../../../shared/intake';
import type { RequesterMatchView, WrittenOutcome } from '../../db/intakeImport';
import type { UnsortedFileKind } from '../../../shared/domain/unsortedFile';

/**
 * The summary an import ends with (SPEC "Quality": "a summary of what was
 * created, linked, duplicated or failed"), one row per message, each with the
 * case it went to. Plain data without the bytes, so it can live in the
 * intake slice and still be there when the officer comes back from a case.
 */

interface RowSource {
  index: number;
  fileName: string;
  /** 0-based position in an mbox */
  mboxIndex?: number;
  subject?: string;
  from?: string;
  receivedAt?: Instant;
}

export type ReportRow = RowSource &
  (
    | {
        outcome: 'created';
        caseId: string;
        reference: string;
        needsReview: boolean;
        suggestion: { type: RequestType; confidence: SuggestionConfidence; triggers: string[] };
        eea: EeaVerdict;
        requesterId: string;
        matches: RequesterMatchView[];
        warnings: IntakeWarning[];
        unknownReference?: string;
        /** the case the message named, which its sender may not join (issue 12): the officer decides */
        cites?: { caseId: string; reference: string; via: JoinedVia };
        /** another message has the same Message-ID and other content (issue 12) */
        messageIdReused?: boolean;
        /** the time of receipt came from the file: the due date is provisional until confirmed (issue 12) */
        receiptUnconfirmed?: boolean;
        /** a valid 统一社会信用代码 in the text made the requester an enterprise (issue 12) */
        enterprise?: { creditCode: string; organisation?: string };
      }
    | {
        outcome: 'joined';
        caseId: string;
        reference: string;
        via: JoinedVia;
        outgoing: boolean;
        resumesClock: boolean;
        /** the day the requester answered, the day a resumed clock resumes on */
        answeredOn: LocalDate;
        documents: number;
        warnings: IntakeWarning[];
        messageIdReused?: boolean;
      }
    | { outcome: 'duplicate'; by: 'message-id' | 'sha256'; inBatch: boolean; caseId?: string; reference?: string }
    | { outcome: 'failed'; caseId: string; reference: string; code: ParseFailureCode; detail?: string }
    /** issue 14: not mail — put in the unsorted tray (未归类材料), no case opened */
    | { outcome: 'unsorted'; fileId: string; kind: UnsortedFileKind; code: ParseFailureCode }
    | { outcome: 'not-saved'; planned: ImportOutcome['kind']; detail: string }
  );

export interface ImportCounts {
  /** the messages read (a file that is not mail is not one: issue 14) */
  messages: number;
  /** files that are not mail, put in the unsorted tray, by what they are */
  unsorted: Record<UnsortedFileKind, number>;
  created: number;
  joined: number;
  duplicates: number;
  failed: number;
  notSaved: number;
  needsReview: number;
  attachmentsRefused: number;
}

export interface ImportReport {
  rows: ReportRow[];
  counts: ImportCounts;
  durationMs: number;
  /** the officer cancelled: what was saved stays; these files were not (or not wholly) imported */
  cancelled?: { filesNotImported: string[] };
  /** an import the app was closed in the middle of, taken up again */
  resumed?: boolean;
}

function sourceOf(result: ParseResult, index: number): RowSource {
  if (!result.ok) {
    const f = result.failure;
    return { index, fileName: f.fileName, ...(f.mboxIndex !== undefined ? { mboxIndex: f.mboxIndex } : {}) };
  }
  const m = result.message;
  const from = m.from ? (m.from.name ? `${m.from.name} <${m.from.address}>` : m.from.address) : undefined;
  return {
    index,
    fileName: m.fileName,
    ...(m.mboxIndex !== undefined ? { mboxIndex: m.mboxIndex } : {}),
    subject: m.subject,
    ...(from ? { from } : {}),
    ...(m.receivedAt ? { receivedAt: m.receivedAt } : {}),
  };
}

function rowFor(result: ParseResult, outcome: ImportOutcome, written: WrittenOutcome, now: Date): ReportRow {
  const source = sourceOf(result, outcome.index);
  if (written.kind === 'not-saved') return { ...source, outcome: 'not-saved', planned: outcome.kind, detail: written.detail };
  if (outcome.kind === 'duplicate') {
    return {
      ...source,
      outcome: 'duplicate',
      by: outcome.by,
      inBatch: 'item' in outcome.of,
      ...(written.kind === 'duplicate' && written.caseId && written.reference ? { caseId: written.caseId, reference: written.reference } : {}),
    };
  }
  if (!result.ok && written.kind === 'unsorted') return { ...source, outcome: 'unsorted', fileId: written.fileId, kind: written.fileKind, code: result.failure.code };
  // the same file already waits in the tray
  if (!result.ok && written.kind === 'duplicate') return { ...source, outcome: 'duplicate', by: 'sha256', inBatch: false };
  if (!result.ok || outcome.kind === 'failed') {
    if (written.kind !== 'failed' || result.ok) throw new Error('a failure was written as something else');
    return { ...source, outcome: 'failed', caseId: written.caseId, reference: written.reference, code: result.failure.code, ...(result.failure.detail ? { detail: result.failure.detail } : {}) };
  }
  const message = result.message;
  if (outcome.kind === 'created' && written.kind === 'created') {
    const { requestType, eea } = outcome.classification;
    return {
      ...source,
      outcome: 'created',
      caseId: written.caseId,
      reference: written.reference,
      needsReview: outcome.needsReview || receiptUnconfirmed(message),
      suggestion: { type: requestType.type, confidence: requestType.confidence, triggers: requestType.triggers },
      eea,
      requesterId: written.requesterId,
      matches: written.matches,
      warnings: message.warnings,
      ...(outcome.unknownReference ? { unknownReference: outcome.unknownReference } : {}),
      ...(written.cites ? { cites: written.cites } : {}),
      ...(outcome.messageIdReused ? { messageIdReused: true } : {}),
      ...(receiptUnconfirmed(message) ? { receiptUnconfirmed: true } : {}),
      ...(outcome.requester.creditCode
        ? { enterprise: { creditCode: outcome.requester.creditCode, ...(outcome.requester.organisation ? { organisation: outcome.requester.organisation } : {}) } }
        : {}),
    };
  }
  if (outcome.kind === 'joined' && written.kind === 'joined') {
    return {
      ...source,
      outcome: 'joined',
      caseId: written.caseId,
      reference: written.reference,
      via: outcome.via,
      outgoing: outcome.outgoing,
      resumesClock: outcome.resumesClock,
      answeredOn: shanghaiDate(message.receivedAt ?? now.getTime()),
      documents: written.documents,
      warnings: message.warnings,
      ...(outcome.messageIdReused ? { messageIdReused: true } : {}),
    };
  }
  throw new Error(`outcome ${outcome.kind} was written as ${written.kind}`);
}

/** The rows of one written chunk; `offset` numbers them after the chunks before. */
export function reportRows(results: readonly ParseResult[], plan: ImportPlan, written: readonly WrittenOutcome[], now: Date, offset = 0): ReportRow[] {
  return plan.outcomes.map((outcome, i) => rowFor(results[i]!, { ...outcome, index: outcome.index + offset }, written[i]!, now));
}

export function summariseRows(rows: readonly ReportRow[], attachmentsRefused: number): ImportCounts {
  const count = (kind: ReportRow['outcome']) => rows.filter((r) => r.outcome === kind).length;
  const unsorted = rows.filter((r) => r.outcome === 'unsorted');
  return {
    messages: rows.length - unsorted.length,
    unsorted: { pdf: unsorted.filter((r) => r.kind === 'pdf').length, image: unsorted.filter((r) => r.kind === 'image').length, other: unsorted.filter((r) => r.kind === 'other').length },
    created: count('created'),
    joined: count('joined'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    notSaved: count('not-saved'),
    needsReview: rows.filter((r) => r.outcome === 'failed' || (r.outcome === 'created' && r.needsReview)).length,
    attachmentsRefused,
  };
}

/** The report of one planned batch (tests; an import builds it chunk by chunk in runImport.ts). */
export function buildReport(results: readonly ParseResult[], plan: ImportPlan, written: readonly WrittenOutcome[], durationMs: number, now: Date): ImportReport {
  const rows = reportRows(results, plan, written, now);
  return { rows, counts: summariseRows(rows, plan.summary.attachmentsRefused), durationMs };
}
