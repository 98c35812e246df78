import { z } from 'zod';
import { emailKey, normaliseEmail, normaliseMobile } from './contacts';
import { parseCsv } from './csv';
import { decodeText, type TextEncodingId } from './decodeText';

/** One person to notify: a name for the salutation, and at least one way to reach them. */
export const affectedPersonSchema = z.object({
  name: z.string().max(100),
  /** 11 digits, normalised */
  mobile: z.string().regex(/^1[3-9]\d{9}$/).optional(),
  email: z.string().max(254).optional(),
});
export type AffectedPerson = z.infer<typeof affectedPersonSchema>;

/** Why a row was refused (or a field of an accepted row ignored); texts in incidents.people.reason.<id>. */
export const rowProblemIds = ['no-contact', 'mobile-invalid', 'email-invalid', 'name-too-long'] as const;
export type RowProblem = (typeof rowProblemIds)[number];

export type FieldName = 'name' | 'mobile' | 'email';
export type RawRow = Record<FieldName, string>;

export interface RejectedRow {
  line: number;
  problems: RowProblem[];
  raw: RawRow;
}
/** A row taken in although one of its fields was not usable (a bad email beside a good mobile number). */
export interface RowWarning {
  line: number;
  problem: RowProblem;
  value: string;
}
export interface MergedRow {
  line: number;
  /** the line of this file it was merged into; absent when it matched someone already on the list */
  into?: number;
  /** fields where the two differed: the first value is kept */
  conflicts: FieldName[];
}

export interface PeopleImportReport {
  encoding: TextEncodingId;
  /** the header named the columns; otherwise they were read as name, mobile, email */
  header: 'found' | 'positional';
  rowsRead: number;
  added: number;
  rejected: RejectedRow[];
  warnings: RowWarning[];
  merged: MergedRow[];
}

export type PeopleImportResult =
  | { ok: true; people: AffectedPerson[]; report: PeopleImportReport }
  | { ok: false; problem: 'empty-file' | 'no-contact-columns'; encoding: TextEncodingId }
  /** a quoted field opened on `line` never closes (issue 12: said with its line, not read as the rest of the file) */
  | { ok: false; problem: 'unterminated-quote'; line: number; encoding: TextEncodingId };

const HEADER_NAMES: Record<FieldName, readonly string[]> = {
  name: ['name', 'full name', '姓名', '名字', '用户名', '用户姓名', '客户名称', '联系人'],
  mobile: ['mobile', 'phone', 'mobile phone', 'mobile number', 'phone number', 'tel', '手机', '手机号', '手机号码', '电话', '联系电话', '电话号码'],
  email: ['email', 'e-mail', 'mail', 'email address', '邮箱', '电子邮箱', '电子邮件', '邮箱地址', '邮件地址'],
};

function columnsOf(header: readonly string[]): Partial<Record<FieldName, number>> {
  const columns: Partial<Record<FieldName, number>> = {};
  header.forEach((cell, index) => {
    const key = cell.trim().toLowerCase().replace(/\s+/g, ' ');
    for (const field of ['name', 'mobile', 'email'] as const) {
      if (columns[field] === undefined && HEADER_NAMES[field].includes(key)) columns[field] = index;
    }
  });
  return columns;
}

const NAME_MAX = 100;

/**
 * A copy of a string that owns its characters. A CSV reader hands out
 * fields that are slices of the text it read; kept as they are, each keeps
 * its whole megabyte of text alive, and a list read as a stream would keep
 * the whole file (issue 12: 200 MB within 1 GB).
 */
function owned(text: string): string {
  return text.length === 0 ? text : (' ' + text).slice(1);
}

/**
 * Collects a list of affected people row by row (issue 7; issue 12: the CSV
 * is read as a stream, in a worker, so the collector never sees the whole
 * file): finds the columns by their header (Chinese or English) or reads
 * them as name, mobile, email, validates each row, and merges duplicates,
 * within the file and against `existing` (the list so far): two rows are one
 * person when they share a mobile number or an email address. Linear in the rows.
 */
export class PeopleCollector {
  readonly #people: AffectedPerson[];
  readonly #byMobile = new Map<string, number>();
  readonly #byEmail = new Map<string, number>();
  /** person index → the line of this file that created it */
  readonly #lineOf = new Map<number, number>();
  readonly #report: Omit<PeopleImportReport, 'encoding'>;
  #columns: Partial<Record<FieldName, number>> | undefined;
  #noContactColumns = false;

  constructor(existing: readonly AffectedPerson[] = []) {
    this.#people = existing.map((p) => ({ ...p }));
    this.#people.forEach((p, i) => {
      if (p.mobile) this.#byMobile.set(p.mobile, i);
      if (p.email) this.#byEmail.set(emailKey(p.email), i);
    });
    this.#report = { header: 'positional', rowsRead: 0, added: 0, rejected: [], warnings: [], merged: [] };
  }

  /** One row of the file (its fields, and the 1-based line it starts on); blank rows are skipped. */
  row(fields: readonly string[], line: number): void {
    if (this.#noContactColumns) return;
    if (fields.every((f) => f.trim() === '')) return;
    if (!this.#columns) {
      const found = columnsOf(fields);
      if (Object.keys(found).length > 0) {
        this.#report.header = 'found';
        if (found.mobile === undefined && found.email === undefined) this.#noContactColumns = true;
        this.#columns = found;
        return;
      }
      this.#columns = { name: 0, mobile: 1, email: 2 };
    }
    this.#take(fields, line, this.#columns);
  }

  #take(fields: readonly string[], line: number, columns: Partial<Record<FieldName, number>>): void {
    const report = this.#report;
    const cell = (field: FieldName) => {
      const index = columns[field];
      return index === undefined ? '' : (fields[index] ?? '').trim();
    };
    const raw: RawRow = { name: cell('name'), mobile: cell('mobile'), email: cell('email') };
    if (raw.name === '' && raw.mobile === '' && raw.email === '') return; // a row of empty cells (trailing commas)
    const kept = (): RawRow => ({ name: owned(raw.name), mobile: owned(raw.mobile), email: owned(raw.email) });
    report.rowsRead++;

    const mobile = raw.mobile ? normaliseMobile(raw.mobile) : undefined;
    const email = raw.email ? normaliseEmail(raw.email) : undefined;
    const problems: RowProblem[] = [];
    if (raw.mobile && !mobile) problems.push('mobile-invalid');
    if (raw.email && !email) problems.push('email-invalid');
    if (raw.name.length > NAME_MAX) problems.push('name-too-long');
    if (!mobile && !email) {
      report.rejected.push({ line, problems: problems.length ? problems : ['no-contact'], raw: kept() });
      return;
    }
    if (problems.includes('name-too-long')) {
      report.rejected.push({ line, problems, raw: kept() });
      return;
    }
    for (const problem of problems) report.warnings.push({ line, problem, value: owned(problem === 'mobile-invalid' ? raw.mobile : raw.email) });

    const match = (mobile !== undefined ? this.#byMobile.get(mobile) : undefined) ?? (email !== undefined ? this.#byEmail.get(emailKey(email)) : undefined);
    if (match === undefined) {
      const person: AffectedPerson = { name: owned(raw.name), ...(mobile ? { mobile: owned(mobile) } : {}), ...(email ? { email: owned(email) } : {}) };
      const index = this.#people.push(person) - 1;
      this.#lineOf.set(index, line);
      if (person.mobile) this.#byMobile.set(person.mobile, index);
      if (person.email) this.#byEmail.set(this.#emailKeyOf(person.email), index);
      report.added++;
      return;
    }
    // the same person again: fill what the first row lacked, keep what it had
    const person = this.#people[match]!;
    const conflicts: FieldName[] = [];
    if (raw.name && person.name && raw.name !== person.name) conflicts.push('name');
    if (mobile && person.mobile && mobile !== person.mobile) conflicts.push('mobile');
    if (email && person.email && emailKey(email) !== emailKey(person.email)) conflicts.push('email');
    if (!person.name && raw.name) person.name = owned(raw.name);
    if (!person.mobile && mobile) {
      person.mobile = owned(mobile);
      this.#byMobile.set(person.mobile, match);
    }
    if (!person.email && email) {
      person.email = owned(email);
      this.#byEmail.set(this.#emailKeyOf(person.email), match);
    }
    const into = this.#lineOf.get(match);
    report.merged.push({ line, ...(into !== undefined ? { into } : {}), conflicts });
  }

  /** The key of an address: the address itself when it is already lower-case (one string, not two, per person). */
  #emailKeyOf(email: string): string {
    const key = emailKey(email);
    return key === email ? email : owned(key);
  }

  result(encoding: TextEncodingId): PeopleImportResult {
    if (this.#noContactColumns) return { ok: false, problem: 'no-contact-columns', encoding };
    if (!this.#columns) return { ok: false, problem: 'empty-file', encoding };
    return { ok: true, people: this.#people, report: { ...this.#report, encoding } };
  }
}

/**
 * Reads a whole list at once (small lists and tests; the app streams a file
 * through PeopleCollector in a worker, renderer/workers/peopleCsv.ts).
 */
export function importPeople(bytes: Uint8Array, existing: readonly AffectedPerson[] = []): PeopleImportResult {
  const { text, encoding } = decodeText(bytes);
  const collector = new PeopleCollector(existing);
  for (const row of parseCsv(text)) collector.row(row.fields, row.line);
  return collector.result(encoding);
}
