import { isAppUrl } from './appOrigin';

/**
 * Where a frame of the app may go, and what a frame may be granted: plain
 * rules with tests (issue 16), which hardenWindow.ts hands to Electron.
 */

/**
 * Chromium's built-in PDF viewer (Electron ships it as this component
 * extension): the letter preview and the print window show a PDF in it, and
 * it loads its own page into the frame that displays the PDF.
 */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';

function isPdfViewerUrl(url: string): boolean {
  return url === PDF_VIEWER_ORIGIN || url.startsWith(`${PDF_VIEWER_ORIGIN}/`);
}

/** A Blob URL made by one of our own pages (a letter's PDF, a scan): `blob:casedesk://app/<uuid>`. */
function isOwnBlobUrl(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

/**
 * Whether a frame may navigate to `url` (will-navigate, will-frame-navigate,
 * will-redirect). The top frame only ever shows our own pages; a subframe
 * may also show what the app itself puts there — a Blob URL of ours (the
 * letter preview), the sandboxed srcdoc of an HTML email, a blank frame, and
 * the PDF viewer — and nothing from the network or the file system.
 */
export function mayNavigate(url: string, isMainFrame: boolean): boolean {
  if (isAppUrl(url)) return true;
  if (isMainFrame) return false;
  return isOwnBlobUrl(url) || url === 'about:srcdoc' || url === 'about:blank' || isPdfViewerUrl(url);
}

/**
 * Permissions the page may have. Notifications are shown by the main process
 * (handlers/notify.ts), so the page needs none of the web permissions except:
 * - clipboard-sanitized-write: plain text to the clipboard ("copy case number");
 * - persistent-storage: navigator.storage.persist(), so that Chromium never
 *   evicts the case store under disk pressure (SPEC: data lives locally).
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

/**
 * Issue 16: the decision is about the frame that asks, not the window it
 * sits in. An iframe inside our page (a previewed document, an email's HTML)
 * has a URL of its own and is refused, whatever the top-level page is.
 */
export function permissionGranted(permission: string, requester: { requestingUrl: string | undefined; isMainFrame: boolean }): boolean {
  return GRANTED_PERMISSIONS.has(permission) && requester.isMainFrame && requester.requestingUrl !== undefined && isAppUrl(requester.requestingUrl);
}
