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
  voided: 'Void',
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
  mailbox: "The company mailbox's record of receipt (IMAP INTERNALDATE or Outlook delivery time)",
  entered: 'Entered by hand',
  'server-internaldate': "The company mail server's record of receipt (IMAP INTERNALDATE or Outlook's delivery time)",
};

export const documentKind: MessageTree<typeof zh.documentKind> = {
  email: 'Original email',
  attachment: 'Attachment',
  scan: 'Scan',
  letter: 'Letter',
  other: 'Other',
};

export const auditAction: MessageTree<typeof zh.auditAction> = {
  'case.created': 'Case opened',
  'case.updated': 'Case edited',
  'case.status-changed': 'Status changed',
  'case.assigned': 'Assigned',
  'case.voided': 'Case voided',
  'case.reopened': 'Case reopened',
  'signing.certificate-imported': 'Signing certificate imported',
  'signing.certificate-removed': 'Signing certificate removed',
  'signing.pin-set': 'Signing PIN set',
  'signing.refused': 'Signature refused (wrong PIN or locked)',
  'case.file-exported': 'Case file exported as PDF',
  'case.merged': 'Cases merged',
  'unsorted.added': 'File put in the unsorted tray',
  'unsorted.attached': 'Unsorted file attached to a case',
  'unsorted.discarded': 'Unsorted file discarded',
  'clock.paused': 'Clock paused',
  'clock.resumed': 'Clock resumed',
  'clock.extended': 'Deadline extended',
  'clock.recomputed': 'Deadline recomputed',
  'identity.checked': 'Identity checked',
  'identity.revealed': 'Full ID number revealed',
  'document.added': 'Document added',
  'document.purged': 'Document purged',
  'document.marked-evidence': 'Marked as identity evidence',
  'letter.signed': 'Letter signed',
  'letter.printed': 'Letter printed',
  'letter.print-dialog-opened': 'Print dialog opened (the browser cannot confirm printing)',
  'letter.sent': 'Letter sent',
  'incident.created': 'Incident recorded',
  'incident.updated': 'Incident updated',
  'incident.graded': 'Incident grade confirmed',
  'incident.decided': 'Notification decision recorded',
  'incident.obligation-done': 'Report or notice done',
  'incident.handling-ended': 'Incident handling ended',
  'incident.draft-saved': 'Notice draft edited',
  'incident.draft-ready': 'Draft marked ready',
  'incident.people-imported': 'Affected people imported',
  'incident.exported': 'Notices exported',
  'calendar.updated': 'Working-day calendar updated',
  'settings.updated': 'Settings changed',
  'data.sample-loaded': 'Sample data loaded',
  'data.deleted': 'Data deleted',
  'backup.created': 'Backup made',
  'backup.restored': 'Backup restored',
  'store.created': 'Case store created',
  'store.upgraded': 'Case store upgraded',
  'audit.baseline': 'Audit baseline recorded',
  'audit.exported': 'Audit log exported',
  'retention.purged': 'Personal data purged at end of retention',
  'purge.reapplied': 'Purge applied again after a restore',
  'sync.joined': 'Joined the team store',
  'sync.conflict-detected': 'Sync conflict found',
  'sync.conflict-resolved': 'Sync conflict resolved',
  'sync.refused': 'Change refused by the server',
};

export const citation: MessageTree<typeof zh.citation> = {
  privacyPolicy: 'Privacy Policy',
  legalNotice: 'Legal Notice',
  civilCode: 'Civil Code',
  pipl: 'PIPL',
  cybersecurityLaw: 'Cybersecurity Law',
  dataSecurityLaw: 'Data Security Law',
  electronicSignatureLaw: 'Electronic Signature Law',
};
