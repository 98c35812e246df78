import { useCallback, useEffect, useState } from 'react';
import type { MessageOutput } from '../../../shared/platform/contract';
import type { PlatformError } from '../../../shared/platform/result';
import { platform } from '../../platform';

export type SigningStatus = { state: 'loading' } | { state: 'ready'; value: MessageOutput<'signingStatus'> } | { state: 'failed'; error: PlatformError };

/** The signing certificate the platform holds (nothing secret: its summary, and why it cannot sign now). */
export function useSigningStatus(): { status: SigningStatus; refresh: () => Promise<void> } {
  const [status, setStatus] = useState<SigningStatus>({ state: 'loading' });
  const refresh = useCallback(async () => {
    const answer = await platform.signingStatus({});
    setStatus(answer.ok ? { state: 'ready', value: answer.value } : { state: 'failed', error: answer.error });
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { status, refresh };
}
