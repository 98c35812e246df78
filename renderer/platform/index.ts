import { PLATFORM_GLOBAL, type PlatformApi } from '../../shared/platform/contract';
import { guardPlatform, isUncheckedPlatform } from './guard';
import { createWebHost } from './webHost';

/**
 * The platform the UI talks to: the desktop through the preload's bridge when
 * running in Electron, otherwise the browser implementation (the web host on
 * 127.0.0.1). Both answer through the same guard, so a broken answer is an
 * `internal` error, never a crash.
 */
function choosePlatform(): PlatformApi {
  const exposed: unknown = typeof window === 'undefined' ? undefined : Reflect.get(window, PLATFORM_GLOBAL);
  if (isUncheckedPlatform(exposed)) return guardPlatform(exposed, { checkInput: false });
  return guardPlatform(createWebHost(), { checkInput: true });
}

export const platform: PlatformApi = choosePlatform();
