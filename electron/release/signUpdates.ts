import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { sha512OfFile } from '../update/downloadedUpdate';
import { TRUSTED_UPDATE_KEYS } from '../update/trustedKeys';
import { parseUpdateManifest } from '../update/updateManifest';
import { checkChannelSignature, signChannelFile, type TrustedKey } from '../update/updateSignature';

/**
 * `npm run dist`'s last step (issue 16): signs every channel file
 * electron-builder wrote into release/ (latest.yml, latest-linux.yml) with
 * the release key, after checking that each installer it names is in the
 * folder with exactly that SHA-512 and size — a signature vouches for the
 * installers, so it is never made over a channel file that does not match
 * them. The key is read from CASEDESK_UPDATE_KEY_FILE (PEM), its name from
 * CASEDESK_UPDATE_KEY_ID, and it must be one this build trusts.
 *
 *   node electron/runTs.mjs electron/release/signUpdates.ts release
 */
export async function signReleaseFolder(dir: string, key: { id: string; privateKey: KeyObject }, trusted: readonly TrustedKey[]): Promise<string[]> {
  const channelFiles = (await readdir(dir)).filter((name) => /^latest.*\.yml$/.test(name));
  if (channelFiles.length === 0) throw new Error(`no channel file (latest*.yml) in ${dir}: build the installers first`);
  const signedFiles: string[] = [];
  for (const name of channelFiles) {
    const bytes = await readFile(join(dir, name));
    const manifest = parseUpdateManifest(bytes);
    if (!manifest) throw new Error(`${name} is not a channel file electron-updater can read`);
    for (const file of manifest.files) {
      const local = join(dir, basename(file.url));
      const digest = await sha512OfFile(local).catch(() => null);
      if (!digest) throw new Error(`${name} names ${file.url}, which is not in ${dir}`);
      if (digest.sha512 !== file.sha512 || digest.size !== file.size) throw new Error(`${name}: ${file.url} does not have the SHA-512 and size it states`);
    }
    const signature = signChannelFile(name, bytes, key);
    const sigBytes = Buffer.from(JSON.stringify(signature));
    // the app will check with the keys it was built with: so do we, before anything is published
    const problem = checkChannelSignature(name, bytes, sigBytes, trusted);
    if (problem !== null) throw new Error(`the key "${key.id}" is not one this build trusts (${problem}): add its public key to electron/update/trustedKeys.ts`);
    await writeFile(join(dir, `${name}.sig`), sigBytes);
    signedFiles.push(`${name}.sig`);
  }
  return signedFiles;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? 'release';
  const keyFile = process.env.CASEDESK_UPDATE_KEY_FILE;
  const keyId = process.env.CASEDESK_UPDATE_KEY_ID;
  if (!keyFile || !keyId) {
    console.error('signUpdates: set CASEDESK_UPDATE_KEY_FILE (the Ed25519 release key, PEM) and CASEDESK_UPDATE_KEY_ID (its name in trustedKeys.ts). Installed apps refuse unsigned updates.');
    process.exit(1);
  }
  const privateKey = createPrivateKey(await readFile(keyFile));
  const written = await signReleaseFolder(dir, { id: keyId, privateKey }, TRUSTED_UPDATE_KEYS);
  console.info(`signUpdates: ${written.join(', ')} written; publish them beside the channel files.`);
}

if (process.argv[1]?.endsWith('signUpdates.ts')) {
  main().catch((error: unknown) => {
    console.error(`signUpdates: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
