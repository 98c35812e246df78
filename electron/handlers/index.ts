import { app, dialog, Notification, safeStorage, shell } from 'electron';
import { arch, release } from 'node:os';
import { join } from 'node:path';
import type { UiLocale, UpdateStatus } from '../../shared/platform/contract';
import type { Result } from '../../shared/platform/result';
import type { SigningActivity } from '../update/signingActivity';
import { FileAccountStore } from '../mail/accountStore';
import { probeCertificate } from '../mail/certificateProbe';
import { connectImap } from '../mail/imapSession';
import { mailboxHandlers } from '../mail/mailboxHandlers';
import { MailboxService } from '../mail/mailboxService';
import { smtpClient } from '../mail/smtpSender';
import { printPdfFile } from '../printWindow';
import { appInfoHandler } from './appInfo';
import { backupFolderHandlers } from './backupFolder';
import { checkForUpdatesHandler } from './checkForUpdates';
import { notifyHandler } from './notify';
import { openExternalHandler } from './openExternal';
import { openFilesHandler } from './openFiles';
import { printPdfHandler } from './printPdf';
import { saveFileHandler } from './saveFile';
import { SecretStore } from './secretStore';
import { secretDeleteHandler, secretGetHandler, secretSetHandler } from './secrets';
import { setLocaleHandler } from './setLocale';
import { lettersSignHandler, signingForgetHandler, signingImportP12Handler, signingInspectP12Handler, signingSetPinHandler, signingStatusHandler } from './signingHandlers';
import { SigningKeeper } from './signingKeeper';
import { storeKeyHandler } from './storeKey';
import { TeamConnection } from '../team/teamConnection';
import { teamHandlers } from '../team/teamHandlers';
import type { PlatformHandler, PlatformHandlers } from './types';

export interface HandlerWiring {
  applyLocale(locale: UiLocale): void;
  focusMainWindow(): void;
  /** the update check the Settings page asks for (updater.ts) */
  checkForUpdates(): Promise<Result<UpdateStatus>>;
  /** signing calls are tracked, so that no update is offered in the middle of signing letters (issue 16) */
  signingActivity: SigningActivity;
  /** Folder of the print spool, inside userData. */
  spoolDir: string;
  mailbox: MailboxService;
}

function tracked<N extends 'lettersSign' | 'signingImportP12'>(activity: SigningActivity, handler: PlatformHandler<N>): PlatformHandler<N> {
  return (input, call) => activity.track(() => handler(input, call));
}

/**
 * The legal mailbox in the main process (issue 17): accounts in the profile,
 * passwords in the OS keychain (safeStorage) in a store of their own.
 */
export function createMailboxService(): MailboxService {
  const userData = app.getPath('userData');
  return new MailboxService({
    store: new FileAccountStore(join(userData, 'mailboxes.json')),
    secrets: new SecretStore({ safeStorage, platform: process.platform, file: join(userData, 'mailbox-secrets.json') }),
    connect: connectImap,
    probe: probeCertificate,
    smtp: smtpClient,
    now: () => new Date(),
    log: (message) => console.info(message),
  });
}

/** Every handler with the real Electron behind it; the handlers themselves take their dependencies as parameters so tests can replace them. */
export function createPlatformHandlers(wiring: HandlerWiring): PlatformHandlers {
  const secrets = new SecretStore({ safeStorage, platform: process.platform, file: join(app.getPath('userData'), 'secrets.json') });
  // the signing certificate in a store of its own: a 1 MB file does not belong in every read of the other secrets
  const signing = new SigningKeeper({
    secrets: new SecretStore({ safeStorage, platform: process.platform, file: join(app.getPath('userData'), 'signing.json') }),
    now: () => Date.now(),
    log: (message) => console.info(message),
  });
  return {
    appInfo: appInfoHandler({
      name: app.getName(),
      version: app.getVersion(),
      versions: process.versions,
      os: { platform: process.platform, release: release(), arch: arch() },
    }),
    setLocale: setLocaleHandler(wiring.applyLocale),
    openFiles: openFilesHandler({
      showOpenDialog: (window, options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)),
    }),
    saveFile: saveFileHandler({
      showSaveDialog: (window, options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
      defaultDirectory: () => app.getPath('documents'),
    }),
    printPdf: printPdfHandler({ spoolDir: wiring.spoolDir, printFile: printPdfFile }),
    secretSet: secretSetHandler(secrets),
    secretGet: secretGetHandler(secrets),
    secretDelete: secretDeleteHandler(secrets),
    notify: notifyHandler({
      isSupported: () => Notification.isSupported(),
      create: (options) => new Notification(options),
      onClick: wiring.focusMainWindow,
    }),
    checkForUpdates: checkForUpdatesHandler(wiring.checkForUpdates),
    openExternal: openExternalHandler((url) => shell.openExternal(url)),
    signingImportP12: tracked(wiring.signingActivity, signingImportP12Handler(signing)),
    signingStatus: signingStatusHandler(signing),
    signingForget: signingForgetHandler(signing),
    signingSetPin: signingSetPinHandler(signing),
    signingInspectP12: signingInspectP12Handler(signing),
    lettersSign: tracked(wiring.signingActivity, lettersSignHandler(signing)),
    ...mailboxHandlers(wiring.mailbox),
    // the case store's key apart from every other secret: a generic secretGet can never read it
    storeKey: storeKeyHandler(new SecretStore({ safeStorage, platform: process.platform, file: join(app.getPath('userData'), 'store-key.json') })),
    // the team server's credentials in a file of their own, encrypted by the OS keychain
    // issue 11: scheduled backups to the folder the officer chose, remembered in the profile
    ...backupFolderHandlers({
      showOpenDialog: (window, options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)),
      showSaveDialog: (window, options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
      defaultDirectory: () => app.getPath('documents'),
      configFile: join(app.getPath('userData'), 'backup-folder.json'),
    }),
    ...teamHandlers(new TeamConnection({ fetch, keychain: new SecretStore({ safeStorage, platform: process.platform, file: join(app.getPath('userData'), 'team.json') }) })),
  };
}
