import { BrowserWindow, shell } from 'electron';
import type { BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import { isHttpUrl } from './externalUrl';
import { mayNavigate, permissionGranted } from './navigationPolicy';

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

/** The event of will-navigate, will-redirect and will-frame-navigate, as far as the guard reads it. */
interface NavigationEventLike {
  url: string;
  isMainFrame?: boolean;
  preventDefault(): void;
}

/** A dropped file or a link must not replace the app, nor a frame of it load what the app did not put there. */
function guardNavigation(event: NavigationEventLike, isMainFrame: boolean): void {
  if (!mayNavigate(event.url, isMainFrame)) event.preventDefault();
}

const hardenedSessions = new WeakSet<Session>();

/**
 * Permissions are decided by the frame that asks (navigationPolicy.ts): its
 * own URL and whether it is the top frame, not the window's URL — an iframe
 * in our page is not our page.
 */
export function hardenSession(session: Session): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionGranted(permission, { requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame }));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionGranted(permission, { requestingUrl: details.requestingUrl ?? requestingOrigin, isMainFrame: details.isMainFrame }),
  );
}

const hardenedContents = new WeakSet<WebContents>();

/**
 * What every web contents gets — windows of ours, and through main.ts's
 * app-wide `web-contents-created` guard any other (a PDF viewer, a future
 * webview): navigation of any frame away from what the app put there refused
 * (links, redirects, dropped files, an iframe sent elsewhere), window.open
 * refused, <webview> refused, and http(s) links handed to the system browser
 * — nothing else ever leaves the app (Electron security checklist §12–15;
 * Signal Desktop does the same in one helper). Applying it twice is harmless.
 */
export function hardenWebContents(contents: WebContents): void {
  if (hardenedContents.has(contents)) return;
  hardenedContents.add(contents);
  contents.on('will-navigate', (event) => guardNavigation(event, event.isMainFrame));
  contents.on('will-frame-navigate', (event) => guardNavigation(event, event.isMainFrame));
  contents.on('will-redirect', (event) => guardNavigation(event, event.isMainFrame));
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
