/**
 * What the team store shares (issue 10). One CouchDB document per record of
 * these tables, id `<table>:<primary key>`; what a workstation writes in one
 * transaction travels as a group and is applied on the others whole
 * (./groups.ts). Tables not listed (counters, the local table, sync state)
 * stay on the workstation.
 */
export const REPLICATED_TABLES = [
  'requesters',
  'cases',
  'documents',
  'documentBlobs',
  'letters',
  'incidents',
  'incidentPeople',
  'identityChecks',
  'unsortedFiles',
  'settings',
  'auditLog',
] as const;
export type ReplicatedTable = (typeof REPLICATED_TABLES)[number];

const replicated = new Set<string>(REPLICATED_TABLES);
export function isReplicatedTable(table: string): table is ReplicatedTable {
  return replicated.has(table);
}

/**
 * Settings the whole team shares, and only a manager may change (SPEC:
 * "templates, rules and the calendar are the manager's"). Every other
 * setting — the interface language, the reminders already shown, the
 * officer's own title and signature image — belongs to the workstation.
 */
export const TEAM_SETTING_KEYS = [
  'calendar',
  'deadlineRules',
  'letterTemplates',
  'letters.company',
  'attachmentLimitMb',
  'identity.unansweredDays',
  'retention',
] as const;
const teamSettings = new Set<string>(TEAM_SETTING_KEYS);
export function isTeamSetting(key: string): boolean {
  return teamSettings.has(key);
}

/** Whether a record of `table` with primary key `key` is shared with the team. */
export function isReplicatedRecord(table: string, key: unknown): boolean {
  if (!isReplicatedTable(table)) return false;
  if (table === 'settings') return typeof key === 'string' && isTeamSetting(key);
  return true;
}

/**
 * Print staff receive only what printing needs (issue 10): the team's second
 * database holds the signed letters to print with their envelope addresses
 * (`print:<letter id>`, relayed there by the officers' workstations), the
 * record of what was printed (`printed:<id>`), and the print staff's own
 * audit events. Nothing else ever reaches a print workstation.
 */
export const PRINT_TABLES = ['printQueue', 'printMarks'] as const;
export type PrintTable = (typeof PRINT_TABLES)[number];
export type ScopeName = 'main' | 'print';

export interface ReplicationScope {
  name: ScopeName;
  /** the document id of a record in this scope's database, or undefined when it does not carry the record */
  docIdOf(table: string, key: unknown): string | undefined;
  parseDocId(id: string): { table: string; key: string | [string, number] } | undefined;
}

export const MAIN_SCOPE: ReplicationScope = {
  name: 'main',
  docIdOf: (table, key) => (isReplicatedRecord(table, key) ? docIdOf(table as ReplicatedTable, key) : undefined),
  parseDocId: (id) => parseDocId(id),
};

const PRINT_PREFIX: Record<PrintTable, string> = { printQueue: 'print', printMarks: 'printed' };

/**
 * The print database. Print staff receive the letters to print and write
 * their audit events here (they have no other database); officers relay the
 * letters into it (printRelay.ts), read back the prints and the print
 * staff's events, and write their own events to the main database.
 */
export function printScope(forPrintStaff: boolean): ReplicationScope {
  return {
    name: 'print',
    docIdOf: (table, key) => {
      if (table === 'auditLog') return forPrintStaff ? docIdOf('auditLog', key) : undefined;
      if (table !== 'printQueue' && table !== 'printMarks') return undefined;
      if (typeof key !== 'string' || !key) throw new Error(`${table} records have string keys`);
      return `${PRINT_PREFIX[table]}:${key}`;
    },
    parseDocId: (id) => {
      if (id.startsWith('auditLog:')) return parseDocId(id);
      const colon = id.indexOf(':');
      const prefix = id.slice(0, colon);
      const key = id.slice(colon + 1);
      if (colon < 0 || !key) return undefined;
      if (prefix === 'print') return forPrintStaff ? { table: 'printQueue', key } : undefined;
      if (prefix === 'printed') return { table: 'printMarks', key };
      return undefined;
    },
  };
}

/** A record's bytes travel as the document's attachment, checked by SHA-256 on arrival. */
export const BINARY_FIELDS: Readonly<Record<string, string>> = { documentBlobs: 'bytes', printQueue: 'pdf' };

/** Audit events are keyed [chain, seq]: padded so document ids sort in chain order. */
export function docIdOf(table: ReplicatedTable, key: unknown): string {
  if (table === 'auditLog') {
    if (!Array.isArray(key) || key.length !== 2) throw new Error('an audit event is keyed [chain, seq]');
    return `auditLog:${String(key[0])}:${String(key[1]).padStart(10, '0')}`;
  }
  if (typeof key !== 'string' || !key) throw new Error(`${table} records have string keys`);
  return `${table}:${key}`;
}

export function parseDocId(id: string): { table: ReplicatedTable; key: string | [string, number] } | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const table = id.slice(0, colon);
  if (!isReplicatedTable(table)) return undefined;
  const rest = id.slice(colon + 1);
  if (table === 'auditLog') {
    const at = rest.lastIndexOf(':');
    const seq = Number(rest.slice(at + 1));
    if (at < 0 || !Number.isInteger(seq) || seq < 1) return undefined;
    return { table, key: [rest.slice(0, at), seq] };
  }
  return rest ? { table, key: rest } : undefined;
}
