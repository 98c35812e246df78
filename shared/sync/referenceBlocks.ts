/**
 * Case references stay unique across the team, offline too (issue 10). The
 * server hands out blocks of numbers: a workstation claims a block by
 * creating its document (`refblock:case:2026:000003`), which CouchDB lets
 * only one writer create, and issues the block's numbers by itself, online
 * or not. It keeps two blocks in hand, so an officer offline for a long
 * working day still gets final numbers. Numbers are unique but not in time
 * order across workstations, and a block's unused numbers stay unused when
 * its year ends; the register shows references as they are.
 *
 * Should a workstation run out offline, a case gets a provisional reference
 * (`CL-2026-P3F9A-01`) that is replaced by a final one, audited, as soon as
 * it can claim a block.
 */
export const referenceKinds = ['case', 'incident'] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

export const BLOCK_SIZE: Record<ReferenceKind, number> = { case: 20, incident: 5 };
/** claim more when fewer than this many numbers are left in hand: two blocks */
export const RESERVE: Record<ReferenceKind, number> = { case: 40, incident: 10 };

export interface HeldBlock {
  kind: ReferenceKind;
  year: number;
  block: number;
  /** the next sequence number to issue */
  next: number;
  last: number;
}

export function blockRange(kind: ReferenceKind, block: number): { first: number; last: number } {
  const size = BLOCK_SIZE[kind];
  return { first: block * size + 1, last: (block + 1) * size };
}

export function blockOf(kind: ReferenceKind, sequence: number): number {
  return Math.floor((sequence - 1) / BLOCK_SIZE[kind]);
}

export function blockDocId(kind: ReferenceKind, year: number, block: number): string {
  return `refblock:${kind}:${year}:${String(block).padStart(6, '0')}`;
}

export function parseBlockDocId(id: string): { kind: ReferenceKind; year: number; block: number } | undefined {
  const match = /^refblock:(case|incident):(\d{4}):(\d{6})$/.exec(id);
  return match ? { kind: match[1] as ReferenceKind, year: Number(match[2]), block: Number(match[3]) } : undefined;
}

export function heldBlock(kind: ReferenceKind, year: number, block: number): HeldBlock {
  const { first, last } = blockRange(kind, block);
  return { kind, year, block, next: first, last };
}

export function numbersInHand(blocks: readonly HeldBlock[], kind: ReferenceKind, year: number): number {
  return blocks.filter((b) => b.kind === kind && b.year === year).reduce((n, b) => n + Math.max(0, b.last - b.next + 1), 0);
}

/** The next number from the blocks in hand (lowest block first), skipping numbers `taken` says are used; the blocks after it. */
export function takeNumber(
  blocks: readonly HeldBlock[],
  kind: ReferenceKind,
  year: number,
  taken: (sequence: number) => boolean = () => false,
): { sequence: number; blocks: HeldBlock[] } | undefined {
  const ordered = [...blocks].sort((a, b) => a.kind.localeCompare(b.kind) || a.year - b.year || a.block - b.block);
  for (const block of ordered) {
    if (block.kind !== kind || block.year !== year) continue;
    let next = block.next;
    while (next <= block.last && taken(next)) next++;
    if (next > block.last) continue;
    const rest = ordered.map((b) => (b === block ? { ...b, next: next + 1 } : b)).filter((b) => b.next <= b.last);
    return { sequence: next, blocks: rest };
  }
  return undefined;
}

/** A provisional reference: the year, P, this workstation's tag and a counter. */
export function provisionalReference(prefix: 'CL' | 'INC', year: number, workstationTag: string, counter: number): string {
  return `${prefix}-${year}-P${workstationTag.toUpperCase()}-${String(counter).padStart(2, '0')}`;
}

export const PROVISIONAL_PATTERN = /^(CL|INC)-\d{4}-P[0-9A-Z]{4}-\d{2,}$/;

export interface JoinReferencePlan {
  /** blocks to claim so the store's own numbers stay as they are */
  claim: { kind: ReferenceKind; year: number; block: number }[];
  /** references another workstation already issues: these records get new numbers */
  renumber: { kind: ReferenceKind; year: number; sequence: number }[];
}

/**
 * A solo store joins a team (issue 10): its numbers are kept where their
 * blocks are free on the server (the blocks are claimed for it), and the
 * others are renumbered, which the officer sees before anything happens.
 */
export function planJoinReferences(
  local: readonly { kind: ReferenceKind; year: number; sequence: number }[],
  claimedOnServer: ReadonlySet<string>,
): JoinReferencePlan {
  const claim = new Map<string, { kind: ReferenceKind; year: number; block: number }>();
  const renumber: JoinReferencePlan['renumber'] = [];
  for (const ref of local) {
    const block = blockOf(ref.kind, ref.sequence);
    const id = blockDocId(ref.kind, ref.year, block);
    if (claimedOnServer.has(id)) renumber.push(ref);
    else claim.set(id, { kind: ref.kind, year: ref.year, block });
  }
  return { claim: [...claim.values()], renumber };
}
