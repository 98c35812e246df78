import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// rename() is where an atomic write commits; these tests make it fail on demand.
const failRename = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (failRename.on) throw Object.assign(new Error(`ENOSPC: no space left on device, rename '${from}' -> '${to}'`), { code: 'ENOSPC' });
      return real.rename(from, to);
    },
  };
});

import { saveFileHandler, type SaveFileDeps } from './saveFile';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casedesk-save-'));
  failRename.on = false;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const letter = new TextEncoder().encode('%PDF-1.7 new signed letter');
const input = { title: '保存答复函', suggestedName: '答复函-CL-2026-001.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }], bytes: letter };
const call = { window: null };

function deps(filePath: string | undefined): SaveFileDeps & { showSaveDialog: ReturnType<typeof vi.fn> } {
  return {
    showSaveDialog: vi.fn(async () => (filePath === undefined ? { canceled: true } : { canceled: false, filePath })),
    defaultDirectory: () => dir,
  };
}

describe('saveFile', () => {
  it('writes the bytes where the user chose and answers the file name only', async () => {
    const target = join(dir, '答复函-张三.pdf');
    const d = deps(target);
    await expect(saveFileHandler(d)(input, call)).resolves.toEqual({ ok: true, value: { savedAs: '答复函-张三.pdf' } });
    expect(new Uint8Array(await readFile(target))).toEqual(letter);
    expect(await readdir(dir)).toEqual(['答复函-张三.pdf']); // no temporary file left behind
    expect(d.showSaveDialog).toHaveBeenCalledWith(null, expect.objectContaining({ defaultPath: join(dir, input.suggestedName) }));
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'letter.pdf');
    await writeFile(target, 'old letter, longer than the new one '.repeat(10));
    await saveFileHandler(deps(target))(input, call);
    expect(new Uint8Array(await readFile(target))).toEqual(letter);
  });

  it('leaves the existing file untouched and no temporary file when the write cannot complete', async () => {
    const target = join(dir, 'letter.pdf');
    await writeFile(target, 'the previous signed letter');
    failRename.on = true;
    const answer = await saveFileHandler(deps(target))(input, call);
    expect(answer).toEqual({ ok: false, error: { code: 'io-failed', detail: 'ENOSPC' } }); // the code, never the path
    expect(await readFile(target, 'utf8')).toBe('the previous signed letter');
    expect(await readdir(dir)).toEqual(['letter.pdf']);
  });

  it('answers cancelled and writes nothing when the dialog is dismissed', async () => {
    await expect(saveFileHandler(deps(undefined))(input, call)).resolves.toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('opens the next dialog in the folder of the last save', async () => {
    const sub = join(dir, 'letters');
    await (await import('node:fs/promises')).mkdir(sub);
    const d = deps(join(sub, 'a.pdf'));
    const handler = saveFileHandler(d);
    await handler(input, call);
    await handler(input, call);
    expect(d.showSaveDialog).toHaveBeenLastCalledWith(null, expect.objectContaining({ defaultPath: join(sub, input.suggestedName) }));
  });
});
