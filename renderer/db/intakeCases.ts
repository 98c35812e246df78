import type { ImportOutcome, ParsedMessage, ParseFailure, RequesterCandidate } from '../../shared/intake';
import { receiptUnconfirmed, safeFileName } from '../../shared/intake';
import type { Case } from '../../shared/domain/case';
import type { CaseIntake, NewDocument } from './cases';

/**
 * What a received message becomes in the store (SPEC §1 "every intake
 * records…"): the case fields, the requester to create, and the documents —
 * the message byte for byte as an `email` document and each attachment as an
 * `attachment` — ready for openCase. Pure: the import (intakeImport.ts) adds
 * the requester match and writes.
 */

/** The words that go into records and are not the sender's: written in the officer's language at import. */
export interface IntakeWording {
  /** the name of a requester nobody could read from the message */
  unknownRequester: string;
  /** the summary of a case opened for a message that could not be read */
  failedSummary: (failure: ParseFailure) => string;
}

export interface IntakeActor {
  actor: string;
  now: Date;
}

/** A case shows the start of the message; the whole text stays in the .eml document. */
const SUMMARY_CHARS = 2000;

/** The name of the stored message: the file's, or for the n-th message of an mbox `export-n.eml`. */
export function messageFileName(source: { fileName: string; mboxIndex?: number }): string {
  if (source.mboxIndex === undefined) return safeFileName(source.fileName, 'message.eml');
  const stem = source.fileName.replace(/\.[^.]*$/, '') || 'mbox';
  return safeFileName(`${stem}-${source.mboxIndex + 1}.eml`, 'message.eml');
}

/** What the store keeps of a message besides its bytes: its Message-ID and content digest (duplicates, issue 12), and where it came from. */
export interface MessageRecordFacts {
  messageIdReused?: boolean;
  /** `imap:…` for a message fetched from a mailbox (shared/intake/intakeSource.ts sourceKey) */
  source?: string;
  /** the message is its whole queued file, already stored as this blob (intakeQueue.ts): the document adopts it */
  blobId?: string;
}

/** An Outlook item is stored as the .msg it came as; everything else as the message/rfc822 it is. */
function storedMimeType(message: ParsedMessage): string {
  return message.raw[0] === 0xd0 && message.raw[1] === 0xcf ? 'application/vnd.ms-outlook' : 'message/rfc822';
}

/** The message and its attachments as documents (SHA-256 is taken again as they are written). */
export function messageDocuments(message: ParsedMessage, facts: MessageRecordFacts = {}): NewDocument[] {
  return [
    {
      meta: {
        kind: 'email',
        fileName: messageFileName(message),
        mimeType: storedMimeType(message),
        identityEvidence: false,
        ...(message.messageId ? { messageId: message.messageId } : {}),
        ...(message.contentSha256 ? { contentSha256: message.contentSha256 } : {}),
        ...(facts.messageIdReused ? { messageIdReused: true } : {}),
        ...(facts.source ? { source: facts.source } : {}),
      },
      bytes: message.raw,
      sha256: message.sha256,
      ...(facts.blobId ? { storedBlobId: facts.blobId } : {}),
    },
    // identity evidence is the officer's call (SPEC §2): an attachment is not marked as an ID scan by guesswork
    ...message.attachments.map((a) => ({ meta: { kind: 'attachment' as const, fileName: a.fileName, mimeType: a.mimeType, identityEvidence: false }, bytes: a.bytes, sha256: a.sha256 })),
  ];
}

export function newRequesterFrom(candidate: RequesterCandidate, eea: boolean, wording: IntakeWording): Extract<CaseIntake['requester'], { create: unknown }> {
  // issue 12: a valid 统一社会信用代码 in the request makes it an enterprise's, with the enterprise checklist (SPEC §2)
  const enterprise = candidate.creditCode !== undefined;
  return {
    create: {
      kind: enterprise ? 'enterprise' : eea ? 'eea-individual' : 'individual',
      name: ((enterprise ? candidate.organisation : undefined) || candidate.name || candidate.email || wording.unknownRequester).slice(0, 200),
      ...(enterprise ? { creditCode: candidate.creditCode, ...(candidate.organisation ? { organisation: candidate.organisation.slice(0, 200) } : {}) } : {}),
      region: eea ? 'eea' : 'mainland',
      ...(candidate.email ? { email: candidate.email } : {}),
      ...(candidate.phone ? { phone: candidate.phone } : {}),
      ...(candidate.idNumber ? { idNumber: candidate.idNumber } : {}),
    },
  };
}

/** A new case for a message that opens one (outcome `created`), with a new requester (the officer may link a known one). */
export function caseForMessage(
  message: ParsedMessage,
  outcome: Extract<ImportOutcome, { kind: 'created' }>,
  who: IntakeActor,
  wording: IntakeWording,
  extra: MessageRecordFacts & { cites?: Case['cites'] } = {},
): CaseIntake {
  const { requestType, eea } = outcome.classification;
  const unconfirmed = receiptUnconfirmed(message);
  return {
    case: {
      channel: 'email',
      // SPEC §1: the server's receipt, else Date:, else the file's time; with none at all the import's own
      // moment stands in (the officer enters it: the warning says so and the case needs review)
      receivedAt: message.receivedAt ?? who.now.toISOString(),
      receivedAtSource: message.receivedAtSource ?? 'entered',
      requestType: requestType.type,
      typeConfirmed: false,
      gdpr: eea.eea,
      subject: (message.subject || messageFileName(message)).slice(0, 500),
      summary: message.text.trim().slice(0, SUMMARY_CHARS),
      status: 'open',
      stage: 'received',
      assignee: who.actor,
      pauses: [],
      extensions: [],
      // a reused Message-ID names another message: it is not this case's thread key
      messageIds: message.messageId && !outcome.messageIdReused ? [message.messageId] : [],
      ...(outcome.needsReview || unconfirmed ? { needsReview: true } : {}),
      // issue 12: the due date counts from a time no server stated: provisional until an officer confirms it
      ...(unconfirmed ? { receiptUnconfirmed: true } : {}),
      ...(extra.cites ? { cites: extra.cites } : {}),
    },
    requester: newRequesterFrom(outcome.requester, eea.eea, wording),
    documents: messageDocuments(message, { ...(outcome.messageIdReused ? { messageIdReused: true } : {}), ...(extra.source ? { source: extra.source } : {}), ...(extra.blobId ? { blobId: extra.blobId } : {}) }),
  };
}

function rawMimeType(failure: ParseFailure): string {
  if (failure.code === 'outlook-msg-unsupported' || failure.code === 'outlook-msg-unreadable') return 'application/vnd.ms-outlook';
  if (failure.code === 'mbox-empty') return 'application/mbox';
  if (failure.code === 'not-a-message' || failure.code === 'empty-file') return 'application/octet-stream';
  return 'message/rfc822';
}

/**
 * SPEC §1: "a message that cannot be parsed is kept as a raw document with a
 * clear error on it; it is never dropped" — a case that needs manual review,
 * its only document the file as it came, carrying the parser's error.
 */
export function caseForFailure(failure: ParseFailure, who: IntakeActor, wording: IntakeWording, facts: MessageRecordFacts = {}): CaseIntake {
  const error = `${failure.code}${failure.detail ? `: ${failure.detail}` : ''}`.slice(0, 4000);
  return {
    case: {
      channel: 'email',
      receivedAt: failure.mailboxReceivedAt ?? failure.fileTime ?? who.now.toISOString(),
      receivedAtSource: failure.mailboxReceivedAt ? 'server-internaldate' : failure.fileTime ? 'file-time' : 'entered',
      requestType: 'other',
      typeConfirmed: false,
      gdpr: false,
      subject: messageFileName(failure).slice(0, 500),
      summary: wording.failedSummary(failure).slice(0, 20000),
      status: 'open',
      stage: 'received',
      assignee: who.actor,
      pauses: [],
      extensions: [],
      messageIds: [],
      needsReview: true,
      ...(failure.mailboxReceivedAt ? {} : { receiptUnconfirmed: true }),
    },
    requester: { create: { kind: 'individual', name: wording.unknownRequester.slice(0, 200), region: 'mainland' } },
    documents: [
      {
        meta: { kind: 'email', fileName: messageFileName(failure), mimeType: rawMimeType(failure), identityEvidence: false, error, ...(facts.source ? { source: facts.source } : {}) },
        bytes: failure.raw,
        sha256: failure.sha256,
        ...(facts.blobId ? { storedBlobId: facts.blobId } : {}),
      },
    ],
  };
}
