import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import Papa from 'papaparse';
import { PeopleCollector, type AffectedPerson, type PeopleImportResult, type TextEncodingId } from '../../shared/incidents';

/**
 * Reads a list of affected people from a CSV file as a stream (issue 12,
 * with issue 15's choice of papaparse): the file is decoded a slice at a
 * time with a streaming TextDecoder (which keeps a character split across
 * two slices whole), the text is handed to papaparse as a stream, and each
 * row goes straight to the PeopleCollector — the whole text never exists,
 * so a 200 MB list is read in bounded memory. Runs in a worker
 * (peopleCsvWorker.ts); plain async code, so tests run it in Node.
 *
 * A quoted field that never closes would make any CSV reader take the rest
 * of the file as that field. Here a slice of text that completes no row
 * means that has happened (no field of a list of people is a megabyte long):
 * the reading stops and names the line where the field opened.
 */

/** The bytes read per step; a row longer than this (a field left open) is taken for an unterminated quote. */
const SLICE_BYTES = 1024 * 1024;

export interface PeopleCsvProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export interface PeopleCsvRead {
  result: PeopleImportResult;
  /** SHA-256 of the file, for the audit event */
  sha256: string;
}

interface Encoding {
  id: TextEncodingId;
  label: string;
  /** bytes of BOM to skip */
  skip: number;
}

async function bytesOf(file: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

/** BOM first; then UTF-8 if the whole file is valid UTF-8, else GB18030 (a superset of GBK), as decodeText.ts does for a small file. */
async function detectEncoding(file: Blob): Promise<Encoding> {
  const head = await bytesOf(file, 0, 3);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { id: 'utf-8-bom', label: 'utf-8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { id: 'utf-16le', label: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { id: 'utf-16be', label: 'utf-16be', skip: 2 };
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let at = 0; at < file.size; at += SLICE_BYTES) strict.decode(await bytesOf(file, at, at + SLICE_BYTES), { stream: true });
    strict.decode();
    return { id: 'utf-8', label: 'utf-8', skip: 0 };
  } catch {
    return { id: 'gb18030', label: 'gb18030', skip: 0 };
  }
}

/** Line breaks inside a field (a quoted field may hold some): the next row starts that many lines further down. */
function lineBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) n += field.match(/\r\n|\r|\n/g)?.length ?? 0;
  return n;
}

/** What papaparse needs of a Node readable stream: text is pushed to it one slice at a time. */
class TextStream {
  readonly readable = true;
  readonly #listeners = new Map<string, ((value?: unknown) => void)[]>();
  read(): void {}
  pause(): void {}
  resume(): void {}
  on(event: string, listener: (value?: unknown) => void): this {
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
    return this;
  }
  removeListener(event: string, listener: (value?: unknown) => void): this {
    this.#listeners.set(event, (this.#listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: 'data' | 'end' | 'error', value?: unknown): void {
    for (const listener of this.#listeners.get(event) ?? []) listener(value);
  }
}

export async function readPeopleCsv(file: Blob, existing: readonly AffectedPerson[], onProgress?: (progress: PeopleCsvProgress) => void): Promise<PeopleCsvRead> {
  const encoding = await detectEncoding(file);
  const collector = new PeopleCollector(existing);
  const hash = sha256.create();
  const stream = new TextStream();
  let line = 1;
  let rows = 0;
  let unterminatedAt: number | undefined;
  let slicesWithoutRow = 0;
  let done: () => void = () => undefined;
  let failed: (error: unknown) => void = () => undefined;
  const finished = new Promise<void>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });

  Papa.parse<string[]>(stream as unknown as NodeJS.ReadableStream, {
    skipEmptyLines: false,
    // Excel writes a comma, a tab ("Unicode text") or, in Europe, a semicolon; a Chinese input method may leave a full-width comma
    delimitersToGuess: [',', '\t', ';', '，', '|'],
    chunk(results, parser) {
      const missing = results.errors.find((e) => e.code === 'MissingQuotes');
      for (const [i, fields] of results.data.entries()) {
        if (missing && missing.row === i) {
          unterminatedAt = line;
          parser.abort();
          return;
        }
        collector.row(fields, line);
        line += 1 + lineBreaks(fields);
        rows++;
      }
      slicesWithoutRow = results.data.length === 0 ? slicesWithoutRow + 1 : 0;
      if (slicesWithoutRow >= 2) {
        // a whole slice of text and not one row ends: a quoted field opened on this line never closes
        unterminatedAt = line;
        parser.abort();
      }
    },
    complete: () => done(),
    error: (error: unknown) => failed(error),
  });

  const decoder = new TextDecoder(encoding.label, { ignoreBOM: true });
  let hashed = 0;
  for (let at = 0; at < file.size && unterminatedAt === undefined; at += SLICE_BYTES) {
    const bytes = await bytesOf(file, at, Math.min(file.size, at + SLICE_BYTES));
    hash.update(bytes);
    hashed = at + bytes.length;
    const text = decoder.decode(at === 0 ? bytes.subarray(encoding.skip) : bytes, { stream: true });
    // papaparse parses each slice as it arrives (synchronously), so only one slice of text is held at a time
    if (text) stream.emit('data', text);
    onProgress?.({ bytesRead: Math.min(file.size, at + SLICE_BYTES), totalBytes: file.size, rows });
  }
  if (unterminatedAt === undefined) {
    const rest = decoder.decode();
    if (rest) stream.emit('data', rest);
    stream.emit('end');
    await finished;
  }
  // the digest is of the whole file, however far the reading went
  for (let at = hashed; at < file.size; at += SLICE_BYTES) hash.update(await bytesOf(file, at, Math.min(file.size, at + SLICE_BYTES)));
  const result: PeopleImportResult = unterminatedAt !== undefined ? { ok: false, problem: 'unterminated-quote', line: unterminatedAt, encoding: encoding.id } : collector.result(encoding.id);
  return { result, sha256: bytesToHex(hash.digest()) };
}
