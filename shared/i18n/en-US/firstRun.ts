import type { MessageTree } from '../types';
import type { firstRun as zh } from '../zh-CN/firstRun';

export const firstRun: MessageTree<typeof zh> = {
  title: 'Welcome to CaseDesk',
  intro: 'Case management for personal-information requests and security incidents: intake, identity checks, deadlines and response letters, all stored on this computer.',
  officerName: 'Your name',
  officerNameHint: 'Used in the audit log and to sign letters',
  officerNameRequired: 'Please enter your name',
  officerTitle: 'Title',
  officerTitleDefault: 'Legal Officer',
  loadSample: 'Load sample data',
  loadSampleHint: 'About 200 sample cases (2025–2026, including EEA requesters) to get to know the app.',
  startEmpty: 'Start empty',
  restoreFromBackup: 'Restore from a backup',
  restoreHint: 'On a new computer or after reinstalling: choose a backup file and enter its passphrase to restore every case and setting.',
  loading: 'Generating sample data…',
  loaded: '{count} sample cases loaded',
};
