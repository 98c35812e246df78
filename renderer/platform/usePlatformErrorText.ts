import { useCallback } from 'react';
import type { PlatformError } from '../../shared/platform/result';
import { MAX_FILE_BYTES } from '../../shared/platform/contract';
import { useText } from '../i18n/useText';

/** Turns a platform error into a sentence in the user's language. */
export function usePlatformErrorText(): (error: PlatformError) => string {
  const t = useText();
  return useCallback(
    (error: PlatformError) =>
      t(`platformError.${error.code}`, { limit: `${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB`, detail: error.detail ?? '' }),
    [t],
  );
}
