import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { auditEventSchema, type AuditEvent } from '../domain/audit';
import { canonicalJson, sha256Hex } from './chain';
import { verifyChain, type ChainProblem } from './verifyChain';

/**
 * The audit log for an auditor (issue 11: "export for an auditor: the events
 * as CSV and JSON with a signed head … and a command or screen that verifies
 * an exported log"). The JSON holds every event of every chain and a signed
 * head: for each chain its last position and hash, the CSV's SHA-256, and an
 * HMAC over all of it under this workstation's audit key (kept outside the
 * profile). Because each event's hash covers the one before, the head
 * vouches for every event: an event edited, removed, reordered or added
 * after the export is found, and so is a head changed to match.
 */
export const AUDIT_EXPORT_FORMAT = 'casedesk-audit-export';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const signedHeadSchema = z.object({
  exportedAt: z.string(),
  exportedBy: z.string().max(100),
  /** the chain whose audit key made the signature */
  signer: z.string(),
  chains: z.array(z.object({ chain: z.string(), events: z.number().int().nonnegative(), lastSeq: z.number().int().nonnegative(), lastHash: hex64.nullable() })),
  csvSha256: hex64,
});
export type SignedHead = z.infer<typeof signedHeadSchema>;

export const auditExportSchema = z.object({
  format: z.literal(AUDIT_EXPORT_FORMAT),
  version: z.literal(1),
  head: signedHeadSchema,
  /** HMAC-SHA-256 of the canonical head under the signer's audit key */
  headMac: hex64,
  events: z.array(auditEventSchema),
});
export type AuditExport = z.infer<typeof auditExportSchema>;

export function headSignature(key: Uint8Array, head: SignedHead): string {
  return bytesToHex(hmac(sha256, key, new TextEncoder().encode(`casedesk-audit-export\n${canonicalJson(head)}`)));
}

const CSV_COLUMNS = ['chain', 'seq', 'at', 'actor', 'action', 'subject', 'summary', 'records', 'prevHash', 'hash', 'mac'] as const;

function csvCell(value: string): string {
  // a cell that a spreadsheet would read as a formula is quoted with a leading apostrophe (CSV injection)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The events as CSV (UTF-8 with a BOM, so Excel reads the Chinese; CRLF lines). */
export function auditCsv(events: readonly AuditEvent[]): string {
  const rows = events.map((e) =>
    [e.chain, String(e.seq), e.at, e.actor, e.action, e.subject, e.summary, (e.records ?? []).map((r) => `${r.ref}:${r.before ?? '-'}>${r.after ?? '-'}`).join(' '), e.prevHash, e.hash, e.mac ?? '']
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

function sortEvents(events: readonly AuditEvent[]): AuditEvent[] {
  return [...events].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : a.seq - b.seq));
}

export function buildAuditExport(
  events: readonly AuditEvent[],
  signer: { chain: string; key: Uint8Array },
  exportedBy: string,
  exportedAt: string,
): { json: AuditExport; csv: string } {
  const sorted = sortEvents(events);
  const csv = auditCsv(sorted);
  const byChain = new Map<string, AuditEvent[]>();
  for (const e of sorted) byChain.set(e.chain, [...(byChain.get(e.chain) ?? []), e]);
  const head: SignedHead = {
    exportedAt,
    exportedBy,
    signer: signer.chain,
    chains: [...byChain].map(([chain, list]) => ({ chain, events: list.length, lastSeq: list.at(-1)?.seq ?? 0, lastHash: list.at(-1)?.hash ?? null })),
    csvSha256: sha256Hex(csv),
  };
  return { json: { format: AUDIT_EXPORT_FORMAT, version: 1, head, headMac: headSignature(signer.key, head), events: sorted }, csv };
}

export type ExportProblem =
  | ChainProblem
  /** the file is not an audit export this version reads */
  | { kind: 'not-an-export' }
  /** the signed head does not verify under this workstation's audit key (changed, or signed elsewhere) */
  | { kind: 'head-signature'; signer: string }
  /** the signature could not be checked here: another workstation's export */
  | { kind: 'head-unverifiable'; signer: string }
  /** a chain's events do not end where the signed head says (events removed or added at the end) */
  | { kind: 'head-differs'; chain: string; headSeq: number; lastSeq: number }
  /** events of a chain the head does not name, or a chain named with none */
  | { kind: 'chain-unlisted'; chain: string }
  /** the CSV given beside it is not the one exported with it */
  | { kind: 'csv-differs' };

export interface ExportVerdict {
  ok: boolean;
  events: number;
  chains: number;
  signer?: string;
  exportedAt?: string;
  problems: ExportProblem[];
}

/**
 * Verifies an exported log: every chain's hashes, links and gaps, each chain
 * against the signed head, the head's signature (when the key of the chain
 * that signed it is given: this workstation's own exports), and optionally
 * the CSV that came with it.
 */
export function verifyAuditExport(text: string, keys: { chain: string; key: Uint8Array } | undefined, csv?: string): ExportVerdict {
  let parsed: AuditExport;
  try {
    const result = auditExportSchema.safeParse(JSON.parse(text));
    if (!result.success) return { ok: false, events: 0, chains: 0, problems: [{ kind: 'not-an-export' }] };
    parsed = result.data;
  } catch {
    return { ok: false, events: 0, chains: 0, problems: [{ kind: 'not-an-export' }] };
  }
  const problems: ExportProblem[] = [];
  const { head } = parsed;
  if (!keys || keys.chain !== head.signer) problems.push({ kind: 'head-unverifiable', signer: head.signer });
  else if (headSignature(keys.key, head) !== parsed.headMac) problems.push({ kind: 'head-signature', signer: head.signer });
  const byChain = new Map<string, AuditEvent[]>();
  for (const e of parsed.events) byChain.set(e.chain, [...(byChain.get(e.chain) ?? []), e]);
  const named = new Map(head.chains.map((c) => [c.chain, c]));
  for (const chain of new Set([...byChain.keys(), ...named.keys()])) {
    const events = byChain.get(chain) ?? [];
    const signed = named.get(chain);
    if (!signed) {
      problems.push({ kind: 'chain-unlisted', chain });
      continue;
    }
    // the MACs of the signer's own events are checked too; the head stands in for the chain's stored head
    const own = keys && keys.chain === chain ? { key: keys.key, head: undefined } : undefined;
    const report = verifyChain(chain, events, own);
    problems.push(...report.problems.filter((p) => p.kind !== 'head-missing'));
    const last = [...events].sort((a, b) => a.seq - b.seq).at(-1);
    if ((last?.seq ?? 0) !== signed.lastSeq || (last?.hash ?? null) !== signed.lastHash || events.length !== signed.events) {
      problems.push({ kind: 'head-differs', chain, headSeq: signed.lastSeq, lastSeq: last?.seq ?? 0 });
    }
  }
  if (csv !== undefined && sha256Hex(csv) !== head.csvSha256) problems.push({ kind: 'csv-differs' });
  return { ok: problems.length === 0, events: parsed.events.length, chains: named.size, signer: head.signer, exportedAt: head.exportedAt, problems };
}
