/**
 * Where the app's own pages live. The renderer is served from a privileged
 * custom scheme rather than file:// so that it has a real origin of its own
 * (IndexedDB, a CSP that means something, and an origin the IPC layer can
 * check — the same reason VS Code serves its workbench from `vscode-file://`).
 */
export const APP_SCHEME = 'casedesk';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs of our own pages: `casedesk://app/…`. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // A custom scheme's URL has the origin "null" in Node's URL, so compare the parts.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
