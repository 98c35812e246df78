import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** poppler-utils, the outside judge of our PDFs (../shared/tools/check-pdf.sh does the same by hand). */
const dir = mkdtempSync(join(tmpdir(), 'casedesk-letters-'));
let n = 0;

export function writeTemp(pdf: Uint8Array, name = `letter-${++n}.pdf`): string {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  return path;
}

export interface ToolOutput {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function run(tool: string, args: string[]): ToolOutput {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

export const pdftotext = (path: string) => run('pdftotext', ['-enc', 'UTF-8', path, '-']);
export const pdffonts = (path: string) => run('pdffonts', [path]);
export const pdfsig = (path: string) => run('pdfsig', [path]);

/** Text without the spaces and line breaks layout adds (what check-pdf.sh compares). */
export function squeeze(text: string): string {
  return text.replace(/[\s\f]+/g, '');
}
