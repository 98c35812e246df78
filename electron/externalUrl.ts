/**
 * The only URLs the app hands to the operating system: http(s) web pages.
 * file:, javascript:, smb:, custom schemes and the like can start programs or
 * reach the file system, so they never leave the app (Electron security
 * checklist §15, "do not use shell.openExternal with untrusted content").
 */
export function isHttpUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
}
