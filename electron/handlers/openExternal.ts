import { fail, ok } from '../../shared/platform/result';
import { isHttpUrl } from '../externalUrl';
import type { PlatformHandler } from './types';

/**
 * Opens a web page in the system browser. The contract already refuses
 * non-http(s) URLs; the check is repeated here because this is the call that
 * can start programs, and a contract can be loosened by mistake.
 */
export function openExternalHandler(openExternal: (url: string) => Promise<void>): PlatformHandler<'openExternal'> {
  return async ({ url }) => {
    if (!isHttpUrl(url)) return fail('invalid-argument', 'http(s) only');
    try {
      await openExternal(url);
      return ok({});
    } catch {
      return fail('unsupported', 'no browser could open the link');
    }
  };
}
