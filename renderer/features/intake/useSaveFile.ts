import { App } from 'antd';
import { useCallback } from 'react';
import { safeFileName } from '../../../shared/intake';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';

/**
 * Saves a document's bytes through the platform (a native save dialog on the
 * desktop, a download on the web host). Attachments are only ever saved,
 * never opened or run inside the app (SPEC §1).
 */
export function useSaveFile() {
  const t = useText();
  const { message } = App.useApp();
  const errorText = usePlatformErrorText();
  return useCallback(
    async (name: string, bytes: Uint8Array) => {
      const result = await platform.saveFile({ title: t('intake.viewer.saveTitle'), suggestedName: safeFileName(name, 'attachment.bin'), filters: [], bytes: bytes.slice() });
      if (result.ok) void message.success(t('intake.viewer.savedAs', { name: result.value.savedAs }));
      else if (result.error.code !== 'cancelled') void message.error(errorText(result.error));
    },
    [t, message, errorText],
  );
}
