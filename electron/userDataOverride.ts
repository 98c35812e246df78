import { isAbsolute } from 'node:path';

/**
 * Issue 16: `CASEDESK_USER_DATA` points the app at another profile — the e2e
 * suite gives every test a fresh one. In an installed build it would let
 * anything that can set an environment variable (a shortcut, a scheduled
 * task) start CaseDesk on a profile of its choosing, so only a build run
 * from a checkout honours it, and only with an absolute path.
 */
export function userDataOverride(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  if (isPackaged) return null;
  const dir = env.CASEDESK_USER_DATA;
  return dir && isAbsolute(dir) ? dir : null;
}
