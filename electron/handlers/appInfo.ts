import { ok } from '../../shared/platform/result';
import type { PlatformHandler } from './types';

export interface AppInfoDeps {
  name: string;
  version: string;
  versions: { electron?: string; chrome?: string };
  os: { platform: string; release: string; arch: string };
}

export function appInfoHandler(deps: AppInfoDeps): PlatformHandler<'appInfo'> {
  return async () =>
    ok({
      name: deps.name,
      version: deps.version,
      host: 'electron',
      runtime: `Electron ${deps.versions.electron ?? '?'}; Chromium ${deps.versions.chrome ?? '?'}`,
      os: `${deps.os.platform} ${deps.os.release} (${deps.os.arch})`,
    });
}
