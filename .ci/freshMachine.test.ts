import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockMismatches } from './lockInstalled.mjs';
import { installCommand, missingPackages } from './systemPackages.mjs';

// Issue 15, "two commands on a fresh machine": npm start installs the lock
// file's packages when they are not installed as locked; npm test installs
// the Debian packages it needs, or prints the one command.
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'casedesk-fresh-'));
});
afterEach(async () => rm(root, { recursive: true, force: true }));

async function lock(packages: Record<string, { version: string; optional?: boolean }>) {
  await writeFile(join(root, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'casedesk' }, ...packages } }));
}
async function installed(path: string, version: string) {
  await mkdir(join(root, path), { recursive: true });
  await writeFile(join(root, path, 'package.json'), JSON.stringify({ name: path.split('node_modules/').at(-1), version }));
}

describe('is node_modules what the lock file says?', () => {
  it('finds nothing to do when every locked package is installed at its version', async () => {
    await lock({ 'node_modules/zod': { version: '4.6.7' }, 'node_modules/a/node_modules/b': { version: '1.0.0' } });
    await installed('node_modules/zod', '4.6.7');
    await installed('node_modules/a/node_modules/b', '1.0.0');
    expect(lockMismatches(root)).toEqual([]);
  });

  it('names a package missing (a fresh clone) or at another version (the lock moved on)', async () => {
    await lock({ 'node_modules/zod': { version: '4.6.7' }, 'node_modules/imapflow': { version: '2.10.2' } });
    await installed('node_modules/zod', '4.5.0');
    expect(lockMismatches(root)).toEqual([
      ['node_modules/zod', '4.6.7', '4.5.0'],
      ['node_modules/imapflow', '2.10.2', 'missing'],
    ]);
  });

  it('skips optional packages, which are for other platforms', async () => {
    await lock({ 'node_modules/@esbuild/win32-x64': { version: '0.28.2', optional: true } });
    expect(lockMismatches(root)).toEqual([]);
  });
});

describe('the Debian packages the tests need', () => {
  it('lists what is missing and the one command that installs it', () => {
    const present = new Set(['/usr/bin/chromium']);
    const missing = missingPackages((file: string) => present.has(file));
    expect(missing).toEqual(['poppler-utils', 'dovecot-imapd', 'qpdf', 'fonts-hanazono']);
    expect(installCommand(missing)).toBe('sudo apt-get install -y poppler-utils dovecot-imapd qpdf fonts-hanazono');
    expect(missingPackages(() => true)).toEqual([]);
  });
});
