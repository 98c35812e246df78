import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printPdfHandler, sweepSpool, type PrintOutcome } from './printPdf';

let spoolDir: string;
beforeEach(async () => {
  spoolDir = join(await mkdtemp(join(tmpdir(), 'casedesk-print-')), 'print-spool');
});
afterEach(async () => {
  await rm(join(spoolDir, '..'), { recursive: true, force: true });
});

const pdf = new TextEncoder().encode('%PDF-1.7\n…signed letter…');
const call = { window: null };

describe('printPdf', () => {
  it('prints from a spool file named after the job, and removes it afterwards', async () => {
    const seen: { name: string; bytes: Uint8Array }[] = [];
    const printFile = async (filePath: string): Promise<PrintOutcome> => {
      seen.push({ name: basename(filePath), bytes: new Uint8Array(await readFile(filePath)) });
      return { printed: true };
    };
    await expect(printPdfHandler({ spoolDir, printFile })({ jobName: '答复函 CL-2026-001', pdf }, call)).resolves.toEqual({ ok: true, value: { printed: true, confirmed: true } });
    expect(seen).toEqual([{ name: '答复函 CL-2026-001.pdf', bytes: pdf }]);
    expect(await readdir(spoolDir)).toEqual([]);
  });

  it('answers printed: false when the user cancels the print dialog', async () => {
    const printFile = async (): Promise<PrintOutcome> => ({ printed: false, reason: 'cancelled' });
    await expect(printPdfHandler({ spoolDir, printFile })({ jobName: 'letter', pdf }, call)).resolves.toEqual({ ok: true, value: { printed: false, confirmed: true } });
    expect(await readdir(spoolDir)).toEqual([]);
  });

  it('answers io-failed when printing fails, and still removes the spool file', async () => {
    const printFile = async (): Promise<PrintOutcome> => ({ printed: false, reason: 'failed', detail: 'Print job failed' });
    await expect(printPdfHandler({ spoolDir, printFile })({ jobName: 'letter', pdf }, call)).resolves.toEqual({
      ok: false,
      error: { code: 'io-failed', detail: 'printing failed: Print job failed' },
    });
    expect(await readdir(spoolDir)).toEqual([]);
  });

  it('refuses bytes that are not a PDF, before writing anything', async () => {
    const printFile = async (): Promise<PrintOutcome> => ({ printed: true });
    const html = new TextEncoder().encode('<html><script>alert(1)</script>');
    await expect(printPdfHandler({ spoolDir, printFile })({ jobName: 'x', pdf: html }, call)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await expect(readdir(spoolDir)).rejects.toThrow(); // the spool folder was never made
  });

  it('sweeps what a crash left in the spool', async () => {
    await mkdir(join(spoolDir, 'left-over'), { recursive: true });
    await writeFile(join(spoolDir, 'left-over', 'letter.pdf'), pdf);
    await sweepSpool(spoolDir);
    expect(await readdir(spoolDir)).toEqual([]);
  });
});
