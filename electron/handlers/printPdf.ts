import type { BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, ok } from '../../shared/platform/result';
import { fsErrorCode, writeFileAtomic } from '../fs/atomicWrite';
import { contractFileName } from './fileNames';
import type { PlatformHandler } from './types';

export type PrintOutcome = { printed: true } | { printed: false; reason: 'cancelled' | 'failed'; detail?: string };

export interface PrintPdfDeps {
  /** A private folder in userData; spooled letters never go to the shared temp folder. */
  spoolDir: string;
  /** Shows the PDF file in a hidden window and opens the system print dialog (printWindow.ts). */
  printFile(filePath: string, parent: BrowserWindow | null): Promise<PrintOutcome>;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/**
 * Prints a PDF (a signed letter, or the day's letters merged into one so the
 * office prints them in one go).
 *
 * Chromium prints a PDF only from its PDF viewer, which needs a document it
 * can load; the PDF is written to a spool file and loaded in a hidden window
 * rather than passed as a data: URL, which Chromium caps at 2 MB. The spool
 * file holds personal data, so it lives in a private folder of the profile,
 * is named after the job (that name is what the print queue shows) and is
 * deleted as soon as the print dialog closes; leftovers from a crash are
 * swept at the next start (sweepSpool).
 *
 * A cancelled dialog answers `{ printed: false }`, not an error: the user
 * changed their mind, and the letter is not marked printed.
 */
export function printPdfHandler(deps: PrintPdfDeps): PlatformHandler<'printPdf'> {
  return async ({ jobName, pdf }, call) => {
    if (!PDF_MAGIC.every((byte, i) => pdf[i] === byte)) return fail('invalid-argument', 'not a PDF');
    const jobDir = join(deps.spoolDir, randomUUID());
    const spoolName = contractFileName(jobName.toLowerCase().endsWith('.pdf') ? jobName : `${jobName}.pdf`);
    const spoolFile = join(jobDir, spoolName);
    try {
      await mkdir(jobDir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(spoolFile, pdf, { mode: 0o600 });
    } catch (error) {
      await rm(jobDir, { recursive: true, force: true }).catch(() => undefined);
      return fail('io-failed', fsErrorCode(error));
    }
    try {
      const outcome = await deps.printFile(spoolFile, call.window);
      if (outcome.printed) return ok({ printed: true, confirmed: true });
      if (outcome.reason === 'cancelled') return ok({ printed: false, confirmed: true });
      return fail('io-failed', `printing failed${outcome.detail ? `: ${outcome.detail.slice(0, 200)}` : ''}`);
    } finally {
      await rm(jobDir, { recursive: true, force: true }).catch(() => undefined);
    }
  };
}

/** Removes spool folders a crash left behind; called once at start, before any print. */
export async function sweepSpool(spoolDir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(spoolDir);
  } catch {
    return; // no spool folder yet
  }
  await Promise.all(entries.map((entry) => rm(join(spoolDir, entry), { recursive: true, force: true }).catch(() => undefined)));
}
