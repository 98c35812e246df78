import { planImport, type ImportPlan } from './importPlan';
import { readMailFile, type MailFile, type MailFileOptions } from './mailFile';
import type { ParseResult } from './parsedMessage';
import { lookupKeys, type KnownMail } from './threading';

/**
 * A whole batch parsed and planned at once, in-process: the store's tests
 * and small tools use it. The app imports chunk by chunk as messages are
 * parsed (renderer/features/intake/runImport.ts, issue 12), planning each
 * chunk with the same planImport. No I/O here.
 */

export interface ImportProgress {
  filesDone: number;
  messagesParsed: number;
  failed: number;
  /** the file being read (its messages so far count in `messagesParsed`) */
  currentFile?: string;
}

export class ImportBatch {
  readonly #options: MailFileOptions;
  readonly #results: ParseResult[] = [];
  #filesDone = 0;
  #failed = 0;

  constructor(options: MailFileOptions) {
    this.#options = options;
  }

  /** Reads one file; `onProgress` is called after each of its messages. Never throws. */
  async addFile(file: MailFile, onProgress?: (progress: ImportProgress) => void): Promise<ParseResult[]> {
    const added: ParseResult[] = [];
    for await (const result of readMailFile(file, this.#options)) {
      this.#results.push(result);
      added.push(result);
      if (!result.ok) this.#failed++;
      onProgress?.({ ...this.progress, currentFile: file.name });
    }
    this.#filesDone++;
    onProgress?.(this.progress);
    return added;
  }

  get progress(): ImportProgress {
    return { filesDone: this.#filesDone, messagesParsed: this.#results.length, failed: this.#failed };
  }

  get results(): readonly ParseResult[] {
    return this.#results;
  }

  /** What the case store must be asked before planning (message ids, digests, case references of this batch). */
  lookupKeys(): ReturnType<typeof lookupKeys> {
    return lookupKeys(this.#results);
  }

  plan(known: KnownMail): ImportPlan {
    return planImport(this.#results, known);
  }
}
