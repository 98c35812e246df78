import type { MessageTree } from '../types';
import type { identity as zh } from '../zh-CN/identity';

export const identity: MessageTree<typeof zh> = {
  title: 'Identity verification',

  residentIdError: {
    length: 'An ID number has 18 digits (or 15 for an old one); this has {length}',
    charset: 'Character {position} “{character}” is not allowed: digits only, X only as the last',
    region: 'Address code {addressCode} is not valid: unknown province, or a HK/Macao/Taiwan permit code other than 810000/820000/830000',
    'birth-date-invalid': 'Birth date {birthDate} is not a real calendar date',
    'birth-date-too-early': 'Birth date {birthDate} is before 1900; the number cannot be valid',
    'birth-date-future': 'Birth date {birthDate} is after today',
    'check-character': 'Check character should be {expected} (it is {actual})',
  },
  residentIdSummary: 'born {birthDate}, {sex}, aged {age}',
  convertedFrom15: 'Old 15-digit number, converted to 18 digits',
  minorWarning: 'Under 14: a child’s data; the request must come from a guardian (policy 7.1)',
  sex: {
    male: 'male',
    female: 'female',
  },
  permit: {
    hk: 'Residence permit for Hong Kong residents',
    mo: 'Residence permit for Macao residents',
    tw: 'Residence permit for Taiwan residents',
  },

  creditCodeError: {
    length: 'A unified social credit code has 18 characters; this has {length}',
    charset: 'Character {position} “{character}” is not in the code’s character set (I, O, S, V and Z are never used)',
    'check-character': 'Check character should be {expected} (it is {actual})',
  },
  creditCodeOverrideOffer:
    'Only the check character is wrong. If the code is confirmed as real (for example in the National Enterprise Credit Information Publicity System), it can be accepted with a stated reason.',

  nameSource: {
    request: 'name in the request',
    idDocument: 'name on the ID document',
    account: 'name on the account',
  },
  nameCheck: {
    match: 'Names match',
    mismatch: 'Names do not match',
    'nothing-to-compare': 'Fewer than two names known; nothing to compare',
    pairDiffers: '{first} differs from {second}',
  },

  item: {
    'account-email': 'Sender’s address matches the account’s registered email',
    'verification-code': 'Verification code sent to the account confirmed',
    'identity-document': 'Identity document (name and 18-digit ID number)',
    'business-licence': 'Business licence',
    'credit-code': 'Unified social credit code',
    'company-seal': 'Company seal on the request',
    'agent-identity': 'Agent’s identity document',
    'authorisation-letter': 'Letter of authorisation',
    'principal-identity': 'Identity document of the person represented',
    'relative-identity': 'The relative’s own identity document',
    'death-certificate': 'Death certificate',
    'proof-of-relationship': 'Proof of close relationship',
    'relative-interest': 'The relative’s own lawful and legitimate interest, stated',
    'deceased-arrangements': 'The deceased left no other arrangement',
    'guardian-identity': 'Guardian’s identity document',
    'proof-of-guardianship': 'Proof of guardianship',
    'proportionate-check': 'Proportionate check (for example through the account’s channels)',
  },
  requirement: {
    always: 'Required',
    'request-types': 'Required for this type of request',
    'reasonable-doubt': 'Needed only when there is reasonable doubt about identity',
    notRequired: 'Not needed for this type of request',
  },
  method: {
    'account-email-match': 'Sender matches the account',
    'verification-code': 'Verification code confirmed',
    'phone-callback': 'Called back on the account’s number',
    'document-copy': 'Copy or scan received',
    'notarised-copy': 'Notarised copy received',
    'original-in-person': 'Original seen in person',
    'public-registry': 'Looked up in an official register',
    'code-validated': 'Code validated by CaseDesk',
    'written-statement': 'Written statement',
    'recorded-statement': 'Requester’s statement (recorded in the note)',
  },
  evidence: {
    'request-message': 'The requester’s message',
    'code-log': 'Record of the code sent and confirmed',
    'identity-document': 'Resident ID card (or HK/Macao/Taiwan residence permit, passport), both sides',
    'business-licence': 'Copy of the business licence, sealed',
    'credit-code': 'The unified social credit code on the business licence',
    'sealed-request': 'The written request bearing the company seal',
    'authorisation-letter':
      'Letter of authorisation naming the agent, the matters, the powers and the period, signed or sealed by the principal',
    'death-certificate': 'Medical death certificate or proof of deregistration of household registration',
    'relationship-proof': 'Household register, marriage certificate, birth certificate or a notarial certificate',
    'guardianship-proof': 'Household register, birth certificate or a decision appointing the guardian',
    statement: 'The requester’s written or oral statement',
  },
  itemResult: {
    passed: 'Passed',
    failed: 'Failed',
  },
  itemStatus: {
    passed: 'Passed',
    failed: 'Failed',
    missing: 'To check',
    incomplete: 'Record incomplete',
  },
  outcome: {
    verified: 'Verified',
    failed: 'Failed',
    insufficient: 'Insufficient',
  },
  outcomeHint: {
    verified: 'The rights-request deadline runs from the day of verification (policy 4.6)',
    failed: 'The requester’s identity could not be established; state the reason',
    insufficient: 'A request for more information will be proposed and the clock paused until the requester answers',
  },
  override: {
    'credit-code-check-character': 'Accept a credit code whose check character does not match',
    'name-mismatch': 'Accept the differing names',
  },
  overrideReasonRequired: 'State the reason for accepting',
  blocker: {
    'item-missing': 'Missing: {item}',
    'item-failed': 'Failed: {item}',
    'method-not-allowed': '{item}: method “{method}” does not apply',
    'evidence-missing': '{item}: no evidence document linked',
    'note-missing': '{item}: record what was found in the note',
    'resident-id-invalid': '{item}: the ID number does not validate',
    'child-needs-guardian': '{item}: under 14; the request must come from a guardian (policy 7.1)',
    'credit-code-invalid': 'The unified social credit code is not valid',
    'credit-code-check-failed': 'The credit code’s check character does not match and no reason for accepting it is recorded',
    'name-mismatch': 'The names do not match and no reason for accepting that is recorded',
  },
  signal: {
    'id-number-on-other-requester': 'The same ID number is on {count} other requester(s)',
    'email-on-other-requester': 'The same email address is on {count} other requester(s)',
    'account-differs-from-sender': 'The request concerns a different account from the sender’s',
    'repeated-failed-checks': 'This requester has failed identity verification {count} times',
  },
};
