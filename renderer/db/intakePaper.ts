import type { Case } from '../../shared/domain/case';
import type { Channel, RequestType } from '../../shared/domain/requestTypes';
import { instantFromShanghai, type LocalDate } from '../../shared/domain/time';
import { normaliseEmail, normaliseMainlandPhone } from '../../shared/intake';
import { openCase, type CaseIntake } from './cases';
import type { CaseDeskDatabase } from './database';

/**
 * A request that arrived on paper, by phone, through online customer service
 * or in person, as the officer entered it (SPEC §1 Postal): 签收日期 starts
 * the clock and is recorded as entered; the postmark is kept apart; the scans
 * are documents with their SHA-256. Opened through openCase, so the case,
 * requester, documents and audit event are written together.
 */
export interface PaperIntake {
  channel: Exclude<Channel, 'email'>;
  receivedDate: LocalDate;
  /** `HH:mm` in Shanghai, when the officer knows it; else the start of the day */
  receivedTime?: string;
  postmarkDate?: LocalDate;
  trackingNumber?: string;
  name: string;
  address?: string;
  postcode?: string;
  phone?: string;
  email?: string;
  subject?: string;
  requestText: string;
  requestType: RequestType;
  gdpr: boolean;
  /** a known requester the officer chose, else a new one from the fields above */
  existingRequesterId?: string;
  scans: { name: string; mimeType: string; bytes: Uint8Array }[];
}

/** A subject for the case list: the officer's, or the request's first line. */
function subjectOf(input: PaperIntake): string {
  const given = input.subject?.trim();
  if (given) return given.slice(0, 500);
  const firstLine = input.requestText.trim().split('\n')[0] ?? '';
  return firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine;
}

export function paperCaseIntake(input: PaperIntake, actor: string): CaseIntake {
  const email = normaliseEmail(input.email);
  const phone = normaliseMainlandPhone(input.phone);
  const tracking = input.trackingNumber?.trim();
  return {
    case: {
      channel: input.channel,
      receivedAt: instantFromShanghai(input.receivedDate, input.receivedTime ?? '00:00'),
      receivedAtSource: 'entered',
      requestType: input.requestType,
      // the officer chose the type in the form, with the suggestion in front of them
      typeConfirmed: true,
      gdpr: input.gdpr,
      subject: subjectOf(input),
      summary: input.requestText.trim().slice(0, 20000),
      status: 'open',
      stage: 'received',
      assignee: actor,
      pauses: [],
      extensions: [],
      messageIds: [],
      ...(input.postmarkDate ? { postmarkDate: input.postmarkDate } : {}),
      ...(tracking ? { trackingNumber: tracking } : {}),
    },
    requester: input.existingRequesterId
      ? { existingId: input.existingRequesterId }
      : {
          create: {
            kind: input.gdpr ? 'eea-individual' : 'individual',
            name: input.name.trim().slice(0, 200),
            region: input.gdpr ? 'eea' : 'mainland',
            ...(email ? { email } : {}),
            ...(phone ? { phone } : {}),
            ...(input.address?.trim() ? { address: input.address.trim().slice(0, 500) } : {}),
            ...(input.postcode?.trim() ? { postcode: input.postcode.trim() } : {}),
          },
        },
    documents: input.scans.map((s) => ({ meta: { kind: 'scan', fileName: s.name, mimeType: s.mimeType, identityEvidence: false }, bytes: s.bytes })),
  };
}

export function registerPaperIntake(db: CaseDeskDatabase, input: PaperIntake, actor: string, now?: Date): Promise<Case> {
  return openCase(db, paperCaseIntake(input, actor), actor, now);
}
