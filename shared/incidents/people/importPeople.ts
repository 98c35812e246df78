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
  | { ok: false; problem: 'empty-file' | 'no-contact-columns'; encoding: TextEncodingId };

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
 * Reads a list of affected people (issue 7): detects the encoding, finds the
 * columns by their header (Chinese or English) or reads them as name,
 * mobile, email, validates each row, and merges duplicates, within the file
 * and against `existing` (the list so far): two rows are one person when
 * they share a mobile number or an email address. Linear in the rows.
 */
export function importPeople(bytes: Uint8Array, existing: readonly AffectedPerson[] = []): PeopleImportResult {
  const { text, encoding } = decodeText(bytes);
  const rows = parseCsv(text);
  if (rows.length === 0) return { ok: false, problem: 'empty-file', encoding };
  const found = columnsOf(rows[0]!.fields);
  const header = Object.keys(found).length > 0 ? 'found' : 'positional';
  if (header === 'found' && found.mobile === undefined && found.email === undefined) return { ok: false, problem: 'no-contact-columns', encoding };
  const columns: Partial<Record<FieldName, number>> = header === 'found' ? found : { name: 0, mobile: 1, email: 2 };
  const dataRows = header === 'found' ? rows.slice(1) : rows;

  const people: AffectedPerson[] = existing.map((p) => ({ ...p }));
  const byMobile = new Map<string, number>();
  const byEmail = new Map<string, number>();
  const lineOf = new Map<number, number>(); // person index → the line of this file that created it
  people.forEach((p, i) => {
    if (p.mobile) byMobile.set(p.mobile, i);
    if (p.email) byEmail.set(emailKey(p.email), i);
  });
  const report: PeopleImportReport = { encoding, header, rowsRead: 0, added: 0, rejected: [], warnings: [], merged: [] };

  for (const row of dataRows) {
    const cell = (field: FieldName) => {
      const index = columns[field];
      return index === undefined ? '' : (row.fields[index] ?? '').trim();
    };
    const raw: RawRow = { name: cell('name'), mobile: cell('mobile'), email: cell('email') };
    if (raw.name === '' && raw.mobile === '' && raw.email === '') continue; // a row of empty cells (trailing commas)
    report.rowsRead++;

    const mobile = raw.mobile ? normaliseMobile(raw.mobile) : undefined;
    const email = raw.email ? normaliseEmail(raw.email) : undefined;
    const problems: RowProblem[] = [];
    if (raw.mobile && !mobile) problems.push('mobile-invalid');
    if (raw.email && !email) problems.push('email-invalid');
    if (raw.name.length > NAME_MAX) problems.push('name-too-long');
    if (!mobile && !email) {
      report.rejected.push({ line: row.line, problems: problems.length ? problems : ['no-contact'], raw });
      continue;
    }
    if (problems.includes('name-too-long')) {
      report.rejected.push({ line: row.line, problems, raw });
      continue;
    }
    for (const problem of problems) report.warnings.push({ line: row.line, problem, value: problem === 'mobile-invalid' ? raw.mobile : raw.email });

    const match = (mobile !== undefined ? byMobile.get(mobile) : undefined) ?? (email !== undefined ? byEmail.get(emailKey(email)) : undefined);
    if (match === undefined) {
      const person: AffectedPerson = { name: raw.name, ...(mobile ? { mobile } : {}), ...(email ? { email } : {}) };
      const index = people.push(person) - 1;
      lineOf.set(index, row.line);
      if (mobile) byMobile.set(mobile, index);
      if (email) byEmail.set(emailKey(email), index);
      report.added++;
      continue;
    }
    // the same person again: fill what the first row lacked, keep what it had
    const person = people[match]!;
    const conflicts: FieldName[] = [];
    if (raw.name && person.name && raw.name !== person.name) conflicts.push('name');
    if (mobile && person.mobile && mobile !== person.mobile) conflicts.push('mobile');
    if (email && person.email && emailKey(email) !== emailKey(person.email)) conflicts.push('email');
    if (!person.name && raw.name) person.name = raw.name;
    if (!person.mobile && mobile) {
      person.mobile = mobile;
      byMobile.set(mobile, match);
    }
    if (!person.email && email) {
      person.email = email;
      byEmail.set(emailKey(email), match);
    }
    const into = lineOf.get(match);
    report.merged.push({ line: row.line, ...(into !== undefined ? { into } : {}), conflicts });
  }
  return { ok: true, people, report };
}
