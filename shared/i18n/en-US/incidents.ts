import type { MessageTree } from '../types';
import type { incidents as zh } from '../zh-CN/incidents';

export const incidents: MessageTree<typeof zh> = {
  title: 'Incidents',

  category: {
    'account-contact': 'account and contact data (name, email address, account name, password)',
    'id-numbers': 'identity document numbers',
    'bank-accounts': 'bank account and top-up data',
    'phone-numbers': 'mobile phone numbers',
    'device-identifiers': 'device identifiers (IMEI, AndroidID, OAID, IDFA, etc.)',
    location: 'precise location and travel data',
    logs: 'login IP addresses, operation logs and browsing history',
    'communication-records': 'support records and communication or call records',
    'address-book': 'address book',
    'business-licence': 'business data (business licence, unified social credit code, legal representative’s name)',
    biometrics: 'biometric data',
  },
  breachType: {
    leak: 'Leak',
    tampering: 'Tampering',
    loss: 'Loss',
  },
  region: {
    mainland: 'Mainland China',
    eea: 'European Economic Area (EEA)',
    other: 'Other countries or regions',
  },
  grade: {
    general: 'General (一般)',
    major: 'Major (较大)',
    serious: 'Serious (重大)',
    'especially-serious': 'Especially serious (特别重大)',
  },
};
