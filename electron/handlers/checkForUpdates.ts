import { fail, ok, type Result } from '../../shared/platform/result';
import type { UpdateStatus } from '../../shared/platform/contract';
import { refusalOf } from '../update/updateRefused';
import type { PlatformHandler } from './types';

/** What the updater answers; electron-updater's result narrowed to what we read. */
export interface UpdateCheck {
  isUpdateAvailable: boolean;
  updateInfo: { version: string };
}

export interface UpdateDeps {
  /** False when running from a checkout: there is no app-update.yml and nothing to update. */
  isPackaged: boolean;
  /** electron-updater's check; null when the updater is not active. */
  check(): Promise<UpdateCheck | null>;
}

/**
 * Asks the company update server (electron-builder.yml, `publish`) whether a
 * newer, correctly signed version exists (update/verifiedProvider.ts checks
 * the signature). Downloading and the install prompt are the update flow's
 * business (update/updateFlow.ts); this only reports.
 */
export async function checkForUpdate(deps: UpdateDeps): Promise<Result<UpdateStatus>> {
  if (!deps.isPackaged) return ok({ state: 'not-configured' });
  try {
    const result = await deps.check();
    if (result === null) return ok({ state: 'not-configured' });
    return result.isUpdateAvailable ? ok({ state: 'available', version: result.updateInfo.version }) : ok({ state: 'up-to-date' });
  } catch (error) {
    // a release that did not verify is an answer, not a failure: the user is told why (issue 16)
    const problem = refusalOf(error);
    if (problem !== null) return ok({ state: 'refused', problem });
    return fail('update-failed', updateErrorDetail(error));
  }
}

/**
 * The updater's error for the log and the dialog: its code, or the first line
 * of its message with file paths cut out — a path names the user's account
 * (`C:\Users\zhang.san\…`). URLs of the update server stay readable.
 */
export function updateErrorDetail(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && error.code !== '') {
    return error.code.slice(0, 100);
  }
  const firstLine = (error instanceof Error ? error.message : 'unknown error').split('\n')[0] ?? '';
  return firstLine.replace(/(?<![:\w/.])(?:[A-Za-z]:)?[\\/][^\s'"]+/g, '<path>').slice(0, 200);
}

/** Settings' "check for updates": the same path as the menu's (updater.ts), which may then offer a verified update. */
export function checkForUpdatesHandler(check: () => Promise<Result<UpdateStatus>>): PlatformHandler<'checkForUpdates'> {
  return () => check();
}
