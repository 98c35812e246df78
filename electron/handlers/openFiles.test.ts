import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFilesHandler } from './openFiles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casedesk-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const input = { title: '导入邮件', filters: [{ name: 'Email', extensions: ['eml'] }], multiple: true };
const call = { window: null };
const picking = (filePaths: string[] | null) => vi.fn(async () => (filePaths === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths }));

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('openFiles', () => {
  it('returns every picked file with its name, bytes and modification time', async () => {
    const a = await file('申请-张三.eml', 'From: a');
    const b = await file('b.eml', 'From: b');
    await utimes(a, new Date('2026-03-01T08:00:00Z'), new Date('2026-03-01T08:00:00Z'));
    const answer = await openFilesHandler({ showOpenDialog: picking([a, b]) })(input, call);
    expect(answer).toEqual({
      ok: true,
      value: [
        { name: '申请-张三.eml', bytes: new TextEncoder().encode('From: a'), lastModified: Date.parse('2026-03-01T08:00:00Z') },
        { name: 'b.eml', bytes: new TextEncoder().encode('From: b'), lastModified: expect.any(Number) },
      ],
    });
  });

  it('asks the dialog for one file or several, as the caller said', async () => {
    const showOpenDialog = picking(null);
    await openFilesHandler({ showOpenDialog })({ ...input, multiple: false }, call);
    await openFilesHandler({ showOpenDialog })(input, call);
    expect(showOpenDialog.mock.calls.map((c) => (c as unknown[])[1])).toMatchObject([{ properties: ['openFile'] }, { properties: ['openFile', 'multiSelections'] }]);
  });

  it('answers cancelled when the dialog is dismissed', async () => {
    await expect(openFilesHandler({ showOpenDialog: picking(null) })(input, call)).resolves.toEqual({ ok: false, error: { code: 'cancelled' } });
  });

  it('refuses the whole pick with too-large when one file is over the limit, naming no file', async () => {
    const small = await file('small.eml', 'x'.repeat(10));
    const big = await file('张三-身份证扫描.eml', 'x'.repeat(101));
    const answer = await openFilesHandler({ showOpenDialog: picking([small, big]), maxBytes: 100 })(input, call);
    expect(answer).toEqual({ ok: false, error: { code: 'too-large', detail: '1 of 2 files over 100 bytes' } });
  });

  it('refuses with too-large when the files together are over the limit', async () => {
    const a = await file('a.eml', 'x'.repeat(60));
    const b = await file('b.eml', 'x'.repeat(60));
    await expect(openFilesHandler({ showOpenDialog: picking([a, b]), maxBytes: 100 })(input, call)).resolves.toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('answers io-failed with the error code when a picked file has vanished', async () => {
    await expect(openFilesHandler({ showOpenDialog: picking([join(dir, 'gone.eml')]) })(input, call)).resolves.toEqual({
      ok: false,
      error: { code: 'io-failed', detail: 'ENOENT' },
    });
  });

  it('makes a Linux name with a backslash fit the contract instead of failing', async () => {
    const odd = await file('a\\b.eml', 'x');
    await expect(openFilesHandler({ showOpenDialog: picking([odd]) })(input, call)).resolves.toMatchObject({ ok: true, value: [{ name: 'a_b.eml' }] });
  });
});
