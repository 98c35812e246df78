import { BrowserWindow, shell } from 'electron';
import type { BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl } from './appOrigin';
import { isHttpUrl } from './externalUrl';

/**
 * The web preferences a window may choose; everything that bears on security
 * is fixed below and cannot be passed in (STYLE.md §3: one hardenWindow()).
 * `plugins` is for Chromium's PDF viewer: the print window prints with it
 * and the main window previews a letter being written in it.
 */
export type HardenedWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'> & {
  webPreferences?: Pick<WebPreferences, 'preload' | 'plugins' | 'spellcheck' | 'backgroundThrottling'>;
};

/** Electron security checklist §2–4, §6, §12: fixed for every window, last so nothing overrides them. */
export const enforcedWebPreferences = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/** A dropped file or a link must not replace the app: only our own pages may load in a window. */
function denyForeignNavigation(event: { preventDefault(): void }, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

/**
 * Permissions the page may have, and only on our own pages. Notifications are
 * shown by the main process (handlers/notify.ts), so the page needs none of
 * the web permissions except:
 * - clipboard-sanitized-write: plain text to the clipboard ("copy case number");
 * - persistent-storage: navigator.storage.persist(), so that Chromium never
 *   evicts the case store under disk pressure (SPEC: data lives locally).
 */
const grantedPermissions = new Set<string>(['clipboard-sanitized-write', 'persistent-storage']);

function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(grantedPermissions.has(permission) && isAppUrl(contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => grantedPermissions.has(permission) && isAppUrl(requestingOrigin));
}

/**
 * What every window's contents get: navigation away from the app refused
 * (link clicks, redirects, dropped files), window.open refused, and http(s)
 * links handed to the system browser — nothing else ever leaves the app
 * (Electron security checklist §13–15; Signal Desktop does the same in one
 * helper).
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => denyForeignNavigation(event, event.url));
  contents.on('will-redirect', (event) => denyForeignNavigation(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isHttpUrl(url)) {
      shell.openExternal(url).catch(() => console.warn('openExternal failed for a link the page opened'));
    }
    return { action: 'deny' };
  });
  hardenSession(contents.session);
}

/** The one way to make a window (STYLE.md §3). */
export function hardenWindow(options: HardenedWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, ...enforcedWebPreferences },
  });
  hardenWebContents(window.webContents);
  return window;
}
