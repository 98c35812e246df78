import type { MessageTree } from '../types';
import type { settings as zh } from '../zh-CN/settings';

export const settings: MessageTree<typeof zh> = {
  title: 'Settings',
  language: 'Interface language',
  officer: 'Current user',
  officerName: 'Name',
  officerTitle: 'Title',
  about: 'About',
  version: 'Version {version} ({host})',
  hostElectron: 'desktop app',
  hostWeb: 'browser (web host)',
  checkUpdates: 'Check for updates',
  auditChain: 'Audit log',
  verifyChain: 'Verify the audit chain',
  chainOk: 'Audit chain intact: {count} events',
  chainBroken: 'The audit chain was altered or broken at event {seq}',
};
