/**
 * What a backup holds (issue 11: "the whole store (records, blobs, settings,
 * calendar, templates, audit)"): every table of records and their blobs,
 * settings (the calendar, the rules and the letter templates live there), the
 * audit log and its heads, counters, the purge ledger, an interrupted import.
 *
 * Left out, because they belong to this workstation or are derived:
 * - `local`: the workstation's chain name and the key check sealed under
 *   this profile's key (a restored store keeps its own);
 * - the team's replication state (`outbox`, `syncRevs`, `syncPending`,
 *   `syncConflicts`, `printQueue`, `printMarks`): backup and restore are for
 *   a solo store, the team server is the team's record;
 * - the dashboard's tallies: counted again from the restored cases.
 */
export const TABLES_LEFT_OUT = ['local', 'outbox', 'syncRevs', 'syncPending', 'syncConflicts', 'printQueue', 'printMarks', 'monthTallies', 'liveTallies'] as const;

/** Derived from the cases: cleared and counted again after a restore. */
export const DERIVED_TABLES = ['monthTallies', 'liveTallies'] as const;

export function backedUpTables(all: readonly string[]): string[] {
  const out = new Set<string>(TABLES_LEFT_OUT);
  return all.filter((name) => !out.has(name)).sort();
}
