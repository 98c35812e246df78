import type { UiLocale } from '../../shared/platform/contract';
import { ok } from '../../shared/platform/result';
import type { PlatformHandler } from './types';

/**
 * The renderer owns the language choice (it is a setting in the case store);
 * the desktop follows it so the menu speaks the same language. The renderer
 * calls this once at start and on every switch.
 */
export function setLocaleHandler(applyLocale: (locale: UiLocale) => void): PlatformHandler<'setLocale'> {
  return async ({ locale }) => {
    applyLocale(locale);
    return ok({});
  };
}
