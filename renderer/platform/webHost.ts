import { version } from '../../package.json';
import { ok } from '../../shared/platform/result';
import type { UncheckedPlatform } from './guard';
import { downloadFile } from './web/download';
import { showNotification } from './web/notify';
import { pickFiles } from './web/pickFiles';
import { printPdfInFrame } from './web/printFrame';
import { SecretVault } from './web/secretVault';
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
    signingImportP12: async ({ p12, password }) => (await signing()).import(p12, password),
    signingStatus: async () => (await signing()).status(),
    signingForget: async () => (await signing()).forget(),
    lettersSign: async ({ pdf }) => (await signing()).sign(pdf),
  };
}
