import type { MessageTree } from '../types';
import type { common as zh } from '../zh-CN/common';

export const common: MessageTree<typeof zh> = {
  appName: 'CaseDesk',
  company: 'Ningbo Changlian Software Co., Ltd.',
  loading: 'Loading…',
  save: 'Save',
  cancel: 'Cancel',
  confirm: 'Confirm',
  close: 'Close',
  edit: 'Edit',
  delete: 'Delete',
  search: 'Search',
  back: 'Back',
  yes: 'Yes',
  no: 'No',
  none: 'None',
  unknown: 'Unknown',
  language: 'Language',
  switchToEnglish: 'English',
  switchToChinese: '中文',
  switchLanguage: '中文 (switch to Chinese)',
  notYetAvailable: 'This part arrives in a later release.',
  savedOk: 'Saved',
  error: 'Something went wrong',
};
