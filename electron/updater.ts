import { dialog, type BrowserWindow } from 'electron';
import { autoUpdater } from 'electron-updater';
import { translate, type TextKey } from '../shared/i18n/messages';
import type { UiLocale } from '../shared/platform/contract';
import { checkForUpdate, type UpdateDeps } from './handlers/checkForUpdates';

export interface UpdaterOptions {
  isPackaged: boolean;
  locale(): UiLocale;
  mainWindow(): BrowserWindow | null;
}

/**
 * Updates from the company's update server (electron-builder.yml `publish`,
 * SPEC §7). A found update downloads in the background; once it is ready the
 * user is asked to restart, and if they say "later" it installs when the app
 * quits. A build run from a checkout has no app-update.yml and does nothing.
 */
export function createUpdater(options: UpdaterOptions) {
  const deps: UpdateDeps = {
    isPackaged: options.isPackaged,
    check: () => autoUpdater.checkForUpdates(),
  };

  if (options.isPackaged) {
    autoUpdater.autoDownload = true;
    autoUpdater.autoInstallOnAppQuit = true;
    autoUpdater.on('update-downloaded', (info) => {
      const t = (key: TextKey, params?: Record<string, string>) => translate(options.locale(), key, params);
      const box = {
        type: 'info' as const,
        message: t('menu.updateReady', { version: info.version }),
        buttons: [t('menu.restartNow'), t('menu.later')],
        defaultId: 0,
        cancelId: 1,
      };
      const parent = options.mainWindow();
      void (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box)).then(({ response }) => {
        if (response === 0) autoUpdater.quitAndInstall();
      });
    });
    // Errors reach the user only when they asked (menu or settings); here they go to the log.
    autoUpdater.on('error', (error) => console.warn(`update: ${error.name}`));
  }

  return {
    deps,
    /** A quiet check at start; only a downloaded update speaks up. */
    checkInBackground(): void {
      if (options.isPackaged) void checkForUpdate(deps);
    },
    /** Help → Check for Updates…: says what it found, in the interface language. */
    async checkFromMenu(): Promise<void> {
      const locale = options.locale();
      const result = await checkForUpdate(deps);
      let message: string;
      if (!result.ok) message = translate(locale, 'platformError.update-failed', { detail: result.error.detail ?? '' });
      else if (result.value.state === 'available') message = translate(locale, 'menu.updateAvailable', { version: result.value.version ?? '' });
      else if (result.value.state === 'up-to-date') message = translate(locale, 'menu.upToDate');
      else message = translate(locale, 'menu.updateNotConfigured');
      const box = { type: result.ok ? ('info' as const) : ('warning' as const), message };
      const parent = options.mainWindow();
      await (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box));
    },
  };
}
export type Updater = ReturnType<typeof createUpdater>;
