import type { BlindIndexKind } from '../crypto/blindIndex';

/**
 * Which fields of each table are personal data (issue 11, SPEC "Data lives
 * locally"). Everything NOT listed as plain is sealed: a field added later is
 * encrypted until someone decides it may be read in the clear, never the
 * other way round. Plain are the keys, the indexed columns and the workflow
 * facts that the dashboard and the deadline clock read for tens of thousands
 * of cases at once (so those never pay for decryption): statuses, types,
 * dates, officers' names. Free text typed about a case (a pause's reason)
 * stays sealed even inside a plain list (`sealedMembers`).
 */
export interface BlindIndexField {
  /** the stored, indexed field (an HMAC, hex) */
  stored: string;
  /** the plain field it is computed from (a string, or an array of strings for a multi-entry index) */
  from: string;
  kind: BlindIndexKind;
}

export interface TableSealing {
  plain: readonly string[];
  /** plain arrays of objects whose listed members are sealed */
  sealedMembers?: Readonly<Record<string, readonly string[]>>;
  /** a Uint8Array field sealed as bytes (blobs), not through JSON */
  binary?: string;
  blind?: readonly BlindIndexField[];
}

export const tableSealing = {
  requesters: {
    plain: ['id', 'kind', 'region', 'createdAt', 'updatedAt'],
    blind: [
      { stored: 'biEmail', from: 'email', kind: 'email' },
      { stored: 'biPhone', from: 'phone', kind: 'phone' },
      { stored: 'biIdNumber', from: 'idNumber', kind: 'idNumber' },
      { stored: 'biName', from: 'name', kind: 'name' },
    ],
  },
  cases: {
    plain: [
      'id',
      'reference',
      'channel',
      'receivedAt',
      'receivedAtSource',
      'requesterId',
      'requestType',
      'typeConfirmed',
      'gdpr',
      'status',
      'stage',
      'assignee',
      'verifiedAt',
      'pauses',
      'extensions',
      'targetDate',
      'dueDate',
      'dueDateMovedFrom',
      'outcome',
      'deletionGround',
      'closedAt',
      'needsReview',
      'postmarkDate',
      'purgedAt',
      'createdAt',
      'updatedAt',
    ],
    sealedMembers: { pauses: ['reason'], extensions: ['reason'] },
    blind: [{ stored: 'biMessageIds', from: 'messageIds', kind: 'messageId' }],
  },
  documents: {
    plain: ['id', 'caseId', 'kind', 'mimeType', 'size', 'sha256', 'identityEvidence', 'purgedAt', 'redactedAt', 'redactedSha256', 'addedAt', 'addedBy'],
  },
  documentBlobs: { plain: ['id'], binary: 'bytes' },
  letters: {
    plain: [
      'id',
      'caseId',
      'template',
      'language',
      'version',
      'replaces',
      'status',
      'documentId',
      'sha256',
      'signedAt',
      'signedBy',
      'sentAt',
      'sentVia',
      'sentOn',
      'createdAt',
      'updatedAt',
    ],
  },
  incidents: {
    plain: [
      'id',
      'reference',
      'discoveredAt',
      'occurredAt',
      'breachTypes',
      'categories',
      'sensitiveInvolved',
      'peopleAffected',
      'eeaPeopleAffected',
      'recordsAffected',
      'regions',
      'suspectedCrime',
      'criticalInfrastructure',
      'handlingEndedAt',
      'status',
      'createdBy',
      'createdAt',
      'updatedAt',
    ],
  },
  incidentPeople: { plain: ['incidentId', 'updatedAt'] },
  identityChecks: { plain: ['id', 'caseId', 'requesterKind', 'requestType', 'createdAt', 'updatedAt'] },
  settings: { plain: ['key'] },
  printQueue: { plain: ['letterId', 'signedAt', 'language', 'delivery', 'sha256'], binary: 'pdf' },
  printMarks: { plain: ['id', 'letterId', 'what', 'at', 'by'] },
  // a mail import's queue: the file's name (which may hold an ID number) and its source stay sealed
  intakeQueue: { plain: ['id', 'jobId', 'seq', 'blobId', 'lastModified', 'addedAt', 'addedBy'] },
  // issue 11: the purge ledger names records by id and says what went; nothing in it is personal, every field is listed plain
  // on purpose, so a field added later is sealed until someone decides otherwise
  purgeLedger: { plain: ['id', 'kind', 'caseId', 'reference', 'documentIds', 'redactedDocumentIds', 'requesterId', 'at', 'by'] },
  // issue 14: a dropped file that is not mail; its name, source and a discard's reason stay sealed
  unsortedFiles: { plain: ['id', 'kind', 'mimeType', 'reason', 'size', 'sha256', 'status', 'addedAt', 'addedBy', 'attachedTo', 'settledAt', 'settledBy'] },
  // issue 14: the last import's summary (subjects, senders): sealed whole
  intakeReports: { plain: ['id', 'savedAt'] },
} as const satisfies Record<string, TableSealing>;

export type SealedTableName = keyof typeof tableSealing;

export function sealingOf(table: string): TableSealing | undefined {
  return Object.hasOwn(tableSealing, table) ? (tableSealing as Record<string, TableSealing>)[table] : undefined;
}
