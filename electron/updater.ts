import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { autoUpdater } from 'electron-updater';
import { readFileSync } from 'node:fs';
import { translate, type TextKey } from '../shared/i18n/messages';
import type { UiLocale, UpdateProblem, UpdateStatus } from '../shared/platform/contract';
import { ok, type Result } from '../shared/platform/result';
import { checkForUpdate } from './handlers/checkForUpdates';
import { checkDownloadedUpdate } from './update/downloadedUpdate';
import type { SigningActivity } from './update/signingActivity';
import { TRUSTED_UPDATE_KEYS } from './update/trustedKeys';
import { channelFileName, parseUpdateConfig } from './update/updateConfig';
import { createUpdateFlow } from './update/updateFlow';
import type { UpdateManifest } from './update/updateManifest';
import { VerifiedProvider, type VerifiedProviderOptions } from './update/verifiedProvider';

export interface UpdaterOptions {
  isPackaged: boolean;
  version: string;
  /** app-update.yml, written by electron-builder into the package's resources */
  configPath: string;
  locale(): UiLocale;
  mainWindow(): BrowserWindow | null;
  activity: SigningActivity;
}

/**
 * Updates from the company's update server (electron-builder.yml `publish`,
 * SPEC §7), verified against the release keys built into the app and
 * installed only on the officer's yes (issue 16; update/updateFlow.ts holds
 * the logic). Nothing downloads or installs by itself: electron-updater's
 * automatic download and install-on-quit are off. A build run from a
 * checkout has no app-update.yml and does nothing.
 */
export function createUpdater(options: UpdaterOptions) {
  const t = (key: TextKey, params?: Record<string, string>) => translate(options.locale(), key, params);
  const showBox = (box: MessageBoxOptions) => {
    const parent = options.mainWindow();
    return parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box);
  };
  const refusedText = (problem: UpdateProblem) => t('update.refused', { reason: t(`update.problem.${problem}`) });

  const config = options.isPackaged ? readConfig(options.configPath) : null;
  const verified = new Map<string, UpdateManifest>();
  if (config) {
    autoUpdater.autoDownload = false;
    autoUpdater.autoInstallOnAppQuit = false;
    autoUpdater.allowDowngrade = false;
    // a differential download assembles the installer from unsigned block maps; the whole file is fetched instead
    autoUpdater.disableDifferentialDownload = true;
    const provider: VerifiedProviderOptions & { updateProvider: typeof VerifiedProvider } = {
      provider: 'custom',
      updateProvider: VerifiedProvider,
      url: config.url,
      channelFile: channelFileName(config.channel ?? 'latest', process.platform, process.arch),
      currentVersion: options.version,
      trustedKeys: TRUSTED_UPDATE_KEYS,
      onVerified: (manifest) => verified.set(manifest.version, manifest),
    };
    autoUpdater.setFeedURL(provider as unknown as Parameters<typeof autoUpdater.setFeedURL>[0]);
    // Errors reach the user only when they asked (menu or settings); here they go to the log.
    autoUpdater.on('error', (error) => console.warn(`update: ${error.name}`));
  }

  const check = (): Promise<Result<UpdateStatus>> =>
    checkForUpdate({ isPackaged: config !== null, check: () => autoUpdater.checkForUpdates() });

  const flow = createUpdateFlow({
    check,
    download: () =>
      new Promise<string>((resolve, reject) => {
        const done = (event: { downloadedFile: string }) => resolve(event.downloadedFile);
        autoUpdater.once('update-downloaded', done);
        autoUpdater.downloadUpdate().catch((error: unknown) => {
          autoUpdater.off('update-downloaded', done);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      }),
    verifiedManifest: (version) => verified.get(version),
    verifyDownloaded: checkDownloadedUpdate,
    ask: async (version) => {
      const box = { type: 'info' as const, message: t('update.readyToInstall', { version }), detail: t('update.readyDetail'), buttons: [t('update.installNow'), t('update.later')], defaultId: 1, cancelId: 1 };
      return (await showBox(box)).response === 0;
    },
    install: () => autoUpdater.quitAndInstall(false, true),
    tellRefused: (problem) => void showBox({ type: 'warning', message: refusedText(problem) }),
    isBusy: () => options.activity.isBusy(),
    later: (task, ms) => void setTimeout(task, ms).unref(),
    log: (message) => console.warn(message),
  });

  return {
    /** Settings' "check for updates", through the platform contract. */
    check: (): Promise<Result<UpdateStatus>> => (config ? flow.fromMenu() : Promise.resolve(ok({ state: 'not-configured' as const }))),
    /** A quiet check at start; only a verified update ready to install, or a refused one, speaks up. */
    checkInBackground(): void {
      if (config) void flow.background();
    },
    /** Help → Check for Updates…: says what it found, in the interface language. */
    async checkFromMenu(): Promise<void> {
      const result = config ? await flow.fromMenu() : ok({ state: 'not-configured' as const });
      let message: string;
      if (!result.ok) message = t('platformError.update-failed', { detail: result.error.detail ?? '' });
      else if (result.value.state === 'refused') message = refusedText(result.value.problem ?? 'manifest-invalid');
      else if (result.value.state === 'available') message = t('menu.updateAvailable', { version: result.value.version ?? '' });
      else if (result.value.state === 'up-to-date') message = t('menu.upToDate');
      else message = t('menu.updateNotConfigured');
      // a ready update is offered by the flow itself; only other answers need a box here
      if (result.ok && result.value.state === 'available' && flow.ready !== null) return;
      await showBox({ type: result.ok && result.value.state !== 'refused' ? 'info' : 'warning', message });
    },
  };
}
export type Updater = ReturnType<typeof createUpdater>;

function readConfig(path: string) {
  try {
    return parseUpdateConfig(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
