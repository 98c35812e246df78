import { version } from '../../package.json';
import { fail, ok } from '../../shared/platform/result';
import { provideStoreKey, STORE_KEY_SECRET } from '../../shared/platform/storeKey';
import type { UncheckedPlatform } from './guard';
import { downloadFile } from './web/download';
import { MailboxClient, pageSessionToken } from './web/mailboxClient';
import { showNotification } from './web/notify';
import { pickFiles } from './web/pickFiles';
import { printPdfInFrame } from './web/printFrame';
import { SecretVault } from './web/secretVault';
import { TeamClient } from './web/teamClient';
import type { WebSigningVault } from './web/signingVault';

/**
 * The platform contract implemented in the browser: the web host that serves
 * the same renderer on 127.0.0.1 (development, e2e, and machines without the
 * desktop build). Nothing here touches the DOM until a call is made, so the
 * module can load anywhere.
 */
export function createWebHost(): UncheckedPlatform {
  let vault: SecretVault | undefined;
  const secrets = () => (vault ??= new SecretVault({ indexedDB, crypto }));
  // the signer (pdf-lib, node-forge) is fetched with the first signing call, not at start-up (issue 15)
  let signingVault: Promise<WebSigningVault> | undefined;
  const signing = () => (signingVault ??= import('./web/signingVault').then(({ WebSigningVault }) => new WebSigningVault({ indexedDB, crypto, now: () => Date.now() })));
  // the mailbox runs in the web host's own server (issue 17); accounts and passwords stay in this vault
  const mailbox = new MailboxClient({ vault: secrets, fetch: (...args) => fetch(...args), sessionToken: pageSessionToken });
  const team = new TeamClient({ vault: secrets, fetch: (...args) => fetch(...args), sessionToken: pageSessionToken });
  return {
    appInfo: async () =>
      ok({
        name: 'CaseDesk',
        version,
        host: 'web',
        runtime: navigator.userAgent,
        os: navigator.platform || 'unknown',
      }),
    // The menu is the desktop's; in a browser there is nothing to rebuild.
    setLocale: async () => ok({}),
    openFiles: (input) => pickFiles(input),
    saveFile: async (input) => downloadFile(input),
    printPdf: (input) => printPdfInFrame(input),
    // the store key is only handed out through storeKey, never as a named secret
    secretSet: async ({ name, value }) => (name === STORE_KEY_SECRET ? fail('invalid-argument') : secrets().set(name, value)),
    secretGet: async ({ name }) => (name === STORE_KEY_SECRET ? fail('invalid-argument') : secrets().get(name)),
    secretDelete: async ({ name }) => (name === STORE_KEY_SECRET ? fail('invalid-argument') : secrets().delete(name)),
    notify: (input) => showNotification(input),
    // Updates come with the desktop installer; a browser gets a new build by reloading.
    checkForUpdates: async () => ok({ state: 'unsupported' }),
    openExternal: async ({ url }) => {
      // noopener: the opened page gets no handle on this window.
      window.open(url, '_blank', 'noopener,noreferrer');
      return ok({});
    },
    signingImportP12: async ({ p12, password, pin }) => (await signing()).import(p12, password, pin),
    signingSetPin: async ({ currentPin, newPin }) => (await signing()).setPin(currentPin, newPin),
    signingInspectP12: async ({ p12, password }) => (await signing()).inspect(p12, password),
    signingStatus: async () => (await signing()).status(),
    signingForget: async () => (await signing()).forget(),
    lettersSign: async ({ pdf, pin, tsaUrl }) => (await signing()).sign(pdf, pin, tsaUrl),
    storeKey: ({ create }) => provideStoreKey(secrets(), create, (n) => crypto.getRandomValues(new Uint8Array(n))),
    mailboxAccounts: (input) => mailbox.call('mailboxAccounts', input),
    mailboxSave: (input) => mailbox.call('mailboxSave', input),
    mailboxRemove: (input) => mailbox.call('mailboxRemove', input),
    mailboxTest: (input) => mailbox.call('mailboxTest', input),
    mailboxStatus: (input) => mailbox.call('mailboxStatus', input),
    mailboxNext: (input) => mailbox.call('mailboxNext', input),
    mailboxAck: (input) => mailbox.call('mailboxAck', input),
    mailboxSend: (input) => mailbox.call('mailboxSend', input),
    // the team server is carried by the web host's own server (electron/webHost/), like the mailbox
    teamSignIn: (input) => team.signIn(input),
    teamStatus: () => team.status(),
    teamSignOut: () => team.signOut(),
    teamRequest: (input) => team.request(input),
    teamSetup: (input) => team.setup(input),
    // issue 11: scheduled backups to a folder are the desktop's; the web host backs up by download
    backupFolderChoose: async () => fail('unsupported'),
    backupFolderList: async () => fail('unsupported'),
    // the browser saves a backup as a download of its Blob (features/backup/saveBackupFile.ts)
    backupWriteBegin: async () => fail('unsupported'),
    backupWriteChunk: async () => fail('unsupported'),
    backupWriteEnd: async () => fail('unsupported'),
    backupFolderRemove: async () => fail('unsupported'),
  };
}
