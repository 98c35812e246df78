import { Provider, type AppUpdater, type ResolvedUpdateFileInfo, type UpdateInfo } from 'electron-updater';
import { resolveFiles, type ProviderRuntimeOptions } from 'electron-updater/out/providers/Provider';
import { newUrlFromBase } from 'electron-updater/out/util';
import type { UpdateManifest } from './updateManifest';
import type { TrustedKey } from './updateSignature';
import { UpdateRefusedError } from './updateRefused';
import { checkRelease } from './verifiedRelease';

/**
 * electron-updater's provider for the company's generic update server, with
 * the signature check in front (issue 16): electron-updater only ever sees a
 * channel file that verified against the release keys built into the app,
 * so the SHA-512 it checks each download against is the signed one. Glue
 * only: the check itself is verifiedRelease.ts.
 */
export interface VerifiedProviderOptions {
  provider: 'custom';
  url: string;
  channelFile: string;
  currentVersion: string;
  trustedKeys: readonly TrustedKey[];
  onVerified(manifest: UpdateManifest): void;
}

export class VerifiedProvider extends Provider<UpdateInfo> {
  private readonly baseUrl: URL;

  constructor(
    private readonly options: VerifiedProviderOptions,
    _updater: AppUpdater,
    runtimeOptions: ProviderRuntimeOptions,
  ) {
    super(runtimeOptions);
    this.baseUrl = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
  }

  private async fetchBytes(name: string): Promise<Uint8Array | null> {
    try {
      const text = await this.httpRequest(newUrlFromBase(name, this.baseUrl, true));
      return text === null ? null : Buffer.from(text, 'utf8');
    } catch (error) {
      // electron-updater's HttpError: a missing file is an answer (no signature → refused), not a failure
      if (typeof error === 'object' && error !== null && Reflect.get(error, 'statusCode') === 404) return null;
      throw error;
    }
  }

  async getLatestVersion(): Promise<UpdateInfo> {
    const check = await checkRelease({ channelFile: this.options.channelFile, fetchBytes: (name) => this.fetchBytes(name) }, this.options.currentVersion, this.options.trustedKeys);
    if (check.state === 'refused') throw new UpdateRefusedError(check.problem);
    if (check.state === 'up-to-date') return { version: check.version, files: [], path: '', sha512: '', releaseDate: '' };
    this.options.onVerified(check.manifest);
    return check.manifest as unknown as UpdateInfo;
  }

  resolveFiles(updateInfo: UpdateInfo): ResolvedUpdateFileInfo[] {
    return resolveFiles(updateInfo, this.baseUrl);
  }
}
