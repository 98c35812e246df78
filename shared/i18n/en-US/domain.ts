import type { MessageTree } from '../types';
import type * as zh from '../zh-CN/domain';

export const requestType: MessageTree<typeof zh.requestType> = {
  access: 'Access',
  copy: 'Copy',
  portability: 'Transfer to a third party',
  correction: 'Correction',
  deletion: 'Deletion',
  'account-cancellation': 'Account cancellation',
  'consent-withdrawal': 'Consent withdrawal',
  explanation: 'Explanation of processing rules',
  'deceased-relative': "Deceased person's data (close relative)",
  minor: "Child's data (under 14)",
  complaint: 'Complaint / report',
  'ip-notice': 'IP infringement notice',
  restriction: 'Restriction / objection',
  other: 'Other',
};

export const channel: MessageTree<typeof zh.channel> = {
  email: 'Email',
  postal: 'Post',
  phone: 'Phone hotline',
  'online-service': 'Online customer service',
  'in-person': 'In person',
};

export const caseStatus: MessageTree<typeof zh.caseStatus> = {
  open: 'Open',
  paused: 'Paused',
  closed: 'Closed',
};

export const caseStage: MessageTree<typeof zh.caseStage> = {
  received: 'Received',
  verifying: 'Verifying identity',
  'in-progress': 'In progress',
  'awaiting-requester': 'Waiting for the requester',
  answered: 'Answered',
  closed: 'Closed',
};

export const outcome: MessageTree<typeof zh.outcome> = {
  granted: 'Granted',
  'partly-granted': 'Partly granted',
  refused: 'Refused',
  'storage-only': 'Restricted to storage',
  withdrawn: 'Withdrawn by requester',
  'closed-unanswered': 'Closed: no answer from requester',
};

export const requesterKind: MessageTree<typeof zh.requesterKind> = {
  individual: 'Individual',
  enterprise: 'Enterprise customer',
  agent: 'Agent for an individual',
  'relative-of-deceased': 'Close relative of a deceased person',
  guardian: 'Guardian of a child',
  'eea-individual': 'EEA individual',
};

export const receivedAtSource: MessageTree<typeof zh.receivedAtSource> = {
  'received-header': "Company mail server's receipt time (Received header)",
  'date-header': "Sender's Date header (no server receipt found)",
  'file-time': 'File time (message had no date)',
  entered: 'Entered by hand',
};
