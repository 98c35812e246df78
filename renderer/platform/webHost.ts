import { version } from '../../package.json';
import { ok } from '../../shared/platform/result';
import type { UncheckedPlatform } from './guard';
import { downloadFile } from './web/download';
import { MailboxClient, pageSessionToken } from './web/mailboxClient';
import { showNotification } from './web/notify';
import { pickFiles } from './web/pickFiles';
import { printPdfInFrame } from './web/printFrame';
import { SecretVault } from './web/secretVault';
import { WebSigningVault } from './web/signingVault';

/**
 * The platform contract implemented in the browser: the web host that serves
 * the same renderer on 127.0.0.1 (development, e2e, and machines without the
 * desktop build). Nothing here touches the DOM until a call is made, so the
 * module can load anywhere.
 */
export function createWebHost(): UncheckedPlatform {
  let vault: SecretVault | undefined;
  const secrets = () => (vault ??= new SecretVault({ indexedDB, crypto }));
  let signingVault: WebSigningVault | undefined;
  const signing = () => (signingVault ??= new WebSigningVault({ indexedDB, crypto, now: () => Date.now() }));
  // the mailbox runs in the web host's own server (issue 17); accounts and passwords stay in this vault
  const mailbox = new MailboxClient({ vault: secrets, fetch: (...args) => fetch(...args), sessionToken: pageSessionToken });
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
    secretSet: ({ name, value }) => secrets().set(name, value),
    secretGet: ({ name }) => secrets().get(name),
    secretDelete: ({ name }) => secrets().delete(name),
    notify: (input) => showNotification(input),
    // Updates come with the desktop installer; a browser gets a new build by reloading.
    checkForUpdates: async () => ok({ state: 'unsupported' }),
    openExternal: async ({ url }) => {
      // noopener: the opened page gets no handle on this window.
      window.open(url, '_blank', 'noopener,noreferrer');
      return ok({});
    },
    signingImportP12: ({ p12, password }) => signing().import(p12, password),
    signingStatus: () => signing().status(),
    signingForget: () => signing().forget(),
    lettersSign: ({ pdf }) => signing().sign(pdf),
    mailboxAccounts: (input) => mailbox.call('mailboxAccounts', input),
    mailboxSave: (input) => mailbox.call('mailboxSave', input),
    mailboxRemove: (input) => mailbox.call('mailboxRemove', input),
    mailboxTest: (input) => mailbox.call('mailboxTest', input),
    mailboxStatus: (input) => mailbox.call('mailboxStatus', input),
    mailboxNext: (input) => mailbox.call('mailboxNext', input),
    mailboxAck: (input) => mailbox.call('mailboxAck', input),
    mailboxSend: (input) => mailbox.call('mailboxSend', input),
  };
}
