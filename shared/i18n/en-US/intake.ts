import type { MessageTree } from '../types';
import type { intake as zh } from '../zh-CN/intake';

export const intake: MessageTree<typeof zh> = {
  title: 'Intake',

  warning: {
    'date-missing': 'The message has no Date header',
    'date-unparsable': 'The date in the Date header cannot be read: "{value}"',
    'received-unparsable': "The date in our server {host}'s Received stamp cannot be read; an older stamp or the sending date was used",
    'received-at-unknown': 'The message carries no usable time of receipt: enter the date it was received',
    'header-8bit': 'The headers contain unencoded non-ASCII characters, read as {decodedAs}: check the subject and sender',
    'charset-unknown': 'Unknown character set "{charset}", decoded as {decodedAs}: the text may be garbled',
    'base64-truncated': 'A base64-encoded part is incomplete (the file may have been cut off): content may be missing',
    'boundary-not-found': 'The declared part boundary "{declared}" does not occur in the message: its parts cannot be separated',
    'boundary-repaired': 'The declared part boundary "{declared}" does not occur; the parts were separated at "{used}", which the message actually uses',
    'multipart-unterminated': 'The message lacks its closing part boundary (the file may be incomplete)',
    'body-shown-raw': 'The body could not be decoded; the raw content is shown',
    'attachment-too-large': 'Attachment "{fileName}" ({size}) is over the size limit of {limit} and was not imported; the rest of the message was kept',
    'forward-unparsable': 'The forwarded message "{fileName}" could not be read; it is kept as an attachment',
  },

  failure: {
    'empty-file': 'The file is empty',
    'not-a-message': 'Not an email file (no message headers)',
    'parser-error': 'The message could not be parsed',
    'outlook-msg-unsupported': 'Outlook .msg files are not supported yet: save the message as .eml in Outlook and import that',
    'mbox-empty': 'The mbox file contains no messages',
  },
  keptRaw: 'The original file was kept; the case is marked "needs manual review"',

  outcome: {
    created: 'New case',
    joined: 'Added to an existing case',
    duplicate: 'Duplicate, skipped',
    failed: 'Could not be read, kept as is',
  },
  joinedVia: {
    'in-reply-to': 'a reply (In-Reply-To)',
    references: 'the same conversation (References)',
    'case-reference': 'the case reference in the subject',
  },
  duplicateBy: {
    'message-id': 'A message with the same Message-ID was already imported',
    sha256: 'An identical file was already imported',
  },
  joinedToBatchCase: 'Added to a case opened in this import',
  outgoing: 'Sent by the company',
  resumesClock: 'The requester answered: the paused clock can be resumed',
  needsReview: 'Needs manual review',
  unknownReference: 'The case reference {reference} in the subject does not exist',

  summary: {
    title: 'Import result',
    messages: '{count} messages',
    created: '{count} new cases',
    joined: '{count} added to existing cases',
    duplicates: '{count} duplicates skipped',
    failed: '{count} could not be read (kept as is)',
    needsReview: '{count} need manual review',
    attachmentsRefused: '{count} attachments over the size limit not imported',
  },
  progress: 'Reading file {done} of {total} ({messages} messages parsed)',

  suggestion: {
    label: 'Suggested type',
    triggers: 'Because of: {words}',
    confirm: 'Confirm or change the request type',
  },
  confidence: {
    high: 'likely',
    medium: 'possible',
    low: 'uncertain',
    none: 'No request type recognised',
  },

  eea: {
    flag: 'May come from the European Economic Area: GDPR applies (policy 9.4, 10.3)',
    confirm: 'Confirm whether GDPR rules apply',
  },
  eeaReason: {
    'gdpr-mentioned': 'Mentions the GDPR ({evidence})',
    'eea-domain': "Sender's address is in an EEA country's domain ({evidence})",
    'eea-country': 'Mentions an EEA country or the EU ({evidence})',
    'eea-language': 'Written in an EEA language ({evidence})',
  },

  match: {
    title: 'Possibly a known requester',
    idNumber: 'Same ID number',
    phone: 'Same mobile number',
    email: 'Same email address',
    nameDiffers: 'Different name: possibly a shared phone or mailbox, please check',
    accept: 'Link to this requester',
    split: 'Keep as a new requester',
  },

  receivedBy: 'Received by {host} at {time}',
};
