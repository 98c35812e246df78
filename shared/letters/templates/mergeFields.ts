import type { DeletionGround, Outcome, RequestType } from '../../domain/requestTypes';
import type { LocalDate } from '../../domain/time';
import type { LocalizedText } from '../content';
import type { LetterPeriod } from './period';

/**
 * The merge fields a template may use, and what kind of value each takes.
 * - `text`: printed as given (a name, a reference);
 * - `date`: a Shanghai calendar day, printed 2026年9月28日 / 28 September 2026;
 * - `requestType`, `outcome`, `deletionGround`: an id, printed as the phrase
 *   for it in the letter's language (phrases.ts);
 * - `localized`: free text the officer writes, per language (a bilingual
 *   letter needs both);
 * - `derived`: worked out from other fields (the legal basis from the
 *   request type and regime);
 * - `company`: from the company details in Settings;
 * - `period`: the deadline rule in force and its dates (period.ts), printed
 *   as the sentence that promises the answer.
 */
export const mergeFieldKinds = {
  reference: 'text',
  requesterName: 'text',
  officerName: 'text',
  officerTitle: 'localized',
  receivedDate: 'date',
  letterDate: 'date',
  dueDate: 'date',
  extendedDueDate: 'date',
  replyBy: 'date',
  requestType: 'requestType',
  outcome: 'outcome',
  deletionGround: 'deletionGround',
  /** PIPL 50: why a request is refused */
  reasons: 'localized',
  /** what the requester must still send (information request) */
  requestedItems: 'localized',
  /** what was done or provided: the copy enclosed, the corrections, the explanation… */
  responseDetails: 'localized',
  /** GDPR Art. 12(3): why more time is needed */
  extensionReason: 'localized',
  /** PIPL 47 para. 2: why the information is kept in storage only */
  retentionReason: 'localized',
  /** complaint and IP notice: what was found and done */
  findings: 'localized',
  /** portability: the processor the data goes to */
  recipientParty: 'localized',
  /** when we will answer: the rule in force, its concrete date and the clause that says it */
  responsePeriod: 'period',
  legalBasis: 'derived',
  /** e-mail and a telephone the requester can dial (an international number for an EEA requester) */
  contactChannels: 'derived',
  /** GDPR Art. 27 and 37: the EU representative and the DPO, where Settings names them (else nothing) */
  euContacts: 'derived',
  /** GDPR Art. 15(1)(a)–(h), 15(2): one line per item, from Settings */
  accessInformation: 'derived',
  companyName: 'company',
  companyAddress: 'company',
  companyEmail: 'company',
  companyHotline: 'company',
  companyWebsite: 'company',
  court: 'company',
  regulator: 'company',
  regulatorChannel: 'company',
} as const;

export type MergeFieldName = keyof typeof mergeFieldKinds;
export const mergeFieldNames = Object.keys(mergeFieldKinds) as MergeFieldName[];

type ValueOfKind<K> = K extends 'date'
  ? LocalDate
  : K extends 'requestType'
    ? RequestType
    : K extends 'outcome'
      ? Outcome
      : K extends 'deletionGround'
        ? DeletionGround
        : K extends 'localized'
          ? LocalizedText | string
          : K extends 'period'
            ? LetterPeriod
            : string;

type DataFieldName = { [F in MergeFieldName]: (typeof mergeFieldKinds)[F] extends 'derived' | 'company' ? never : F }[MergeFieldName];

/** The values a letter is merged with: from the case, plus what the officer writes. */
export type LetterData = { [F in DataFieldName]?: ValueOfKind<(typeof mergeFieldKinds)[F]> };
