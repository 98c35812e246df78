import { parseUpdateManifest, type UpdateManifest } from './updateManifest';
import { checkChannelSignature, type SignatureProblem, type TrustedKey } from './updateSignature';
import { compareVersions } from './versions';

/**
 * The update check (issue 16), as a plain function electron-updater's
 * provider calls (verifiedProvider.ts): fetch the channel file and its
 * signature, verify the signature against the keys built into the app, then
 * read it, then refuse anything that is not newer than what runs. Nothing of
 * an unverified file is ever read.
 */
export type ReleaseProblem = SignatureProblem | 'manifest-invalid' | 'downgrade' | 'unreachable';

export type ReleaseCheck =
  | { state: 'available'; manifest: UpdateManifest }
  | { state: 'up-to-date'; version: string }
  | { state: 'refused'; problem: ReleaseProblem };

export interface ReleaseSource {
  /** the channel file's name, e.g. latest.yml, latest-linux.yml */
  channelFile: string;
  /** the bytes at a name beside the channel file, or null when the server has no such file (404) */
  fetchBytes(name: string): Promise<Uint8Array | null>;
}

export async function checkRelease(source: ReleaseSource, currentVersion: string, trusted: readonly TrustedKey[]): Promise<ReleaseCheck> {
  let channel: Uint8Array | null;
  let signature: Uint8Array | null;
  try {
    [channel, signature] = await Promise.all([source.fetchBytes(source.channelFile), source.fetchBytes(`${source.channelFile}.sig`)]);
  } catch {
    return { state: 'refused', problem: 'unreachable' };
  }
  if (channel === null) return { state: 'refused', problem: 'unreachable' };
  const signatureProblem = checkChannelSignature(source.channelFile, channel, signature, trusted);
  if (signatureProblem !== null) return { state: 'refused', problem: signatureProblem };
  const manifest = parseUpdateManifest(channel);
  if (manifest === null) return { state: 'refused', problem: 'manifest-invalid' };
  const order = compareVersions(manifest.version, currentVersion);
  if (order === null) return { state: 'refused', problem: 'manifest-invalid' };
  // an older release, even correctly signed, is how an attacker would bring back a fixed flaw
  if (order < 0) return { state: 'refused', problem: 'downgrade' };
  if (order === 0) return { state: 'up-to-date', version: currentVersion };
  return { state: 'available', manifest };
}
