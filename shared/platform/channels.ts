/**
 * The channel of every platform message, apart from their zod schemas
 * (contract.ts): the sandboxed preload needs only these names, and bundling
 * zod into it made it ~470 KB. `casedesk:<area>:<verb>`.
 */
export const platformChannels = {
  appInfo: 'casedesk:app:info',
  setLocale: 'casedesk:app:set-locale',
  openFiles: 'casedesk:dialog:open-files',
  saveFile: 'casedesk:file:save',
  printPdf: 'casedesk:print:pdf',
  secretSet: 'casedesk:secrets:set',
  secretGet: 'casedesk:secrets:get',
  secretDelete: 'casedesk:secrets:delete',
  notify: 'casedesk:notify:show',
  checkForUpdates: 'casedesk:update:check',
  openExternal: 'casedesk:shell:open-external',
  signingImportP12: 'casedesk:signing:import-p12',
  signingStatus: 'casedesk:signing:status',
  signingForget: 'casedesk:signing:forget',
  signingSetPin: 'casedesk:signing:set-pin',
  signingInspectP12: 'casedesk:signing:inspect-p12',
  lettersSign: 'casedesk:letters:sign',
  storeKey: 'casedesk:store:key',
  teamSignIn: 'casedesk:team:sign-in',
  teamStatus: 'casedesk:team:status',
  teamSignOut: 'casedesk:team:sign-out',
  teamRequest: 'casedesk:team:request',
  teamSetup: 'casedesk:team:setup',
  mailboxAccounts: 'casedesk:mailbox:accounts',
  mailboxSave: 'casedesk:mailbox:save',
  mailboxRemove: 'casedesk:mailbox:remove',
  mailboxTest: 'casedesk:mailbox:test',
  mailboxStatus: 'casedesk:mailbox:status',
  mailboxNext: 'casedesk:mailbox:next',
  mailboxAck: 'casedesk:mailbox:ack',
  mailboxSend: 'casedesk:mailbox:send',
  backupFolderChoose: 'casedesk:backup:choose-folder',
  backupFolderList: 'casedesk:backup:list',
  backupWriteBegin: 'casedesk:backup:write-begin',
  backupWriteChunk: 'casedesk:backup:write-chunk',
  backupWriteEnd: 'casedesk:backup:write-end',
  backupFolderRemove: 'casedesk:backup:remove',
} as const;

export type MessageName = keyof typeof platformChannels;
export const messageNames = Object.keys(platformChannels) as MessageName[];

/** Every channel carries the app's prefix; the preload refuses anything else. */
export const CHANNEL_PREFIX = 'casedesk:';

/** The name under which the preload exposes the API on `window`. */
export const PLATFORM_GLOBAL = 'casedesk';
