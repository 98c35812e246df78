import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkChannelSignature } from '../update/updateSignature';
import { signReleaseFolder } from './signUpdates';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const trusted = [{ id: 'release-test', publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() }];
const installer = randomBytes(4096);
const yml = (bytes: Uint8Array) =>
  `version: 0.2.0\nfiles:\n  - url: CaseDesk-0.2.0.AppImage\n    sha512: ${createHash('sha512').update(bytes).digest('base64')}\n    size: ${bytes.byteLength}\npath: CaseDesk-0.2.0.AppImage\n`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casedesk-release-'));
  await writeFile(join(dir, 'CaseDesk-0.2.0.AppImage'), installer);
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('signing a release folder', () => {
  it('writes a signature the app accepts beside each channel file', async () => {
    await writeFile(join(dir, 'latest-linux.yml'), yml(installer));
    expect(await signReleaseFolder(dir, { id: 'release-test', privateKey }, trusted)).toEqual(['latest-linux.yml.sig']);
    const problem = checkChannelSignature('latest-linux.yml', await readFile(join(dir, 'latest-linux.yml')), await readFile(join(dir, 'latest-linux.yml.sig')), trusted);
    expect(problem).toBeNull();
  });

  it('refuses to sign a channel file whose installer is not as it states', async () => {
    await writeFile(join(dir, 'latest-linux.yml'), yml(randomBytes(4096)));
    await expect(signReleaseFolder(dir, { id: 'release-test', privateKey }, trusted)).rejects.toThrow(/does not have the SHA-512/);
  });

  it('refuses a key this build does not trust, so no release goes out that installed apps would refuse', async () => {
    await writeFile(join(dir, 'latest-linux.yml'), yml(installer));
    const other = generateKeyPairSync('ed25519').privateKey;
    await expect(signReleaseFolder(dir, { id: 'release-test', privateKey: other }, trusted)).rejects.toThrow(/not one this build trusts/);
  });
});
