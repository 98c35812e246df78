import type { TxnInfo } from './documents';

/**
 * Whole units (issue 10): a workstation applies a record that arrived only
 * together with every other record of the transaction it was written in.
 * Records that arrived and are not yet applied are "pending"; pending records
 * that share a transaction form one group (transitively: a later transaction
 * may tie two groups together), and a group is applied when every revision
 * its transactions name has arrived, in one local transaction.
 */
export interface PendingRecord {
  id: string;
  rev: string;
  txn: TxnInfo;
}

export interface GroupPlan {
  /** groups to apply now, each as one local transaction */
  ready: string[][];
  /** groups still waiting, with what they wait for */
  waiting: { ids: string[]; missing: { id: string; rev: string }[] }[];
}

/**
 * `arrived(id, rev)` says whether that revision is in the local replica (as
 * the current one or an ancestor of it: a later change to the same record
 * carries it along).
 */
export function planGroups(pending: readonly PendingRecord[], arrived: (id: string, rev: string) => boolean): GroupPlan {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // path halving keeps this near-linear over a large first sync
    let node = id;
    while (parent.get(node) !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const record of pending) parent.set(record.id, record.id);
  for (const record of pending) {
    for (const member of Object.keys(record.txn.members)) {
      if (parent.has(member)) parent.set(find(member), find(record.id));
    }
  }
  const components = new Map<string, PendingRecord[]>();
  for (const record of pending) {
    const root = find(record.id);
    const list = components.get(root);
    if (list) list.push(record);
    else components.set(root, [record]);
  }
  const plan: GroupPlan = { ready: [], waiting: [] };
  for (const records of components.values()) {
    const missing: { id: string; rev: string }[] = [];
    const seen = new Set<string>();
    for (const record of records) {
      for (const [id, rev] of Object.entries(record.txn.members)) {
        const key = `${id}@${rev}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!arrived(id, rev)) missing.push({ id, rev });
      }
    }
    const ids = records.map((r) => r.id).sort();
    if (missing.length) plan.waiting.push({ ids, missing });
    else plan.ready.push(ids);
  }
  return plan;
}
