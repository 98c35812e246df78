import type { MessageTree } from '../types';
import type { menu as zhMenu, nav as zhNav, platformError as zhPlatformError } from '../zh-CN/shell';

export const nav: MessageTree<typeof zhNav> = {
  cases: 'Cases',
  intake: 'Intake',
  deadlines: 'Deadlines',
  incidents: 'Incidents',
  letters: 'Letters',
  settings: 'Settings',
  mainNavigation: 'Main navigation',
};

export const menu: MessageTree<typeof zhMenu> = {
  file: 'File',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  toggleFullScreen: 'Toggle Full Screen',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  window: 'Window',
  minimize: 'Minimize',
  closeWindow: 'Close Window',
  toggleDevTools: 'Developer Tools',
  help: 'Help',
  checkForUpdates: 'Check for Updates…',
  about: 'About CaseDesk',
  aboutDetail: 'CaseDesk {version}\nLegal Department, Ningbo Changlian Software Co., Ltd.',
  updateAvailable: 'Version {version} is available; you will be asked to install it once downloaded.',
  upToDate: 'CaseDesk is up to date.',
  updateNotConfigured: 'No update server is configured.',
  updateReady: 'Version {version} has been downloaded. Restart CaseDesk to install it.',
  restartNow: 'Restart Now',
  later: 'Later',
};

export const platformError: MessageTree<typeof zhPlatformError> = {
  cancelled: 'Cancelled.',
  'invalid-argument': 'The request was not valid; nothing was done.',
  'forbidden-sender': 'The request came from a page that is not allowed; refused.',
  'too-large': 'The file is too large (limit {limit}); it was not imported and everything else was kept.',
  'not-found': 'The file or item was not found.',
  'io-failed': 'Reading or writing the file failed: {detail}',
  'keychain-unavailable': 'The system keychain is not available, so the secret cannot be stored safely. Nothing was saved.',
  unsupported: 'This is not supported here.',
  'update-failed': 'Checking for updates failed: {detail}',
  internal: 'An internal error occurred; no changes were saved.',
};
