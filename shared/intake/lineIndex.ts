/**
 * The lines of a raw message that the MIME skeleton cares about, found in one
 * pass (issue 12: every stage that sees untrusted bytes is linear in them):
 * the lines that begin with `--` (candidate delimiters, RFC 2046 §5.1.1) and
 * the blank lines that end header blocks (RFC 5322 §2.1). Queries are binary
 * searches; the delimiter lines of each declared boundary are listed once,
 * and each can be claimed by one multipart only (a union-find "next
 * unclaimed" array), so nested parts that reuse one boundary cost what one
 * part costs.
 *
 * Works on a binary string (bytes.ts): offsets are byte offsets.
 */

export interface DashLine {
  /** offset of the line's first `-` */
  at: number;
  /** offset of the next line */
  next: number;
  /** what follows the `--`, trailing spaces, tabs and CR removed */
  token: string;
}

export interface Delimiter extends DashLine {
  close: boolean;
}

interface BoundaryLines {
  lines: Delimiter[];
  /** union-find: the first unclaimed index at or after i (lines.length when none) */
  unclaimed: Int32Array;
  /** the first open (non-closing) delimiter at or after i */
  nextOpen: Int32Array;
  /** the first closing delimiter at or after i */
  nextClose: Int32Array;
}

/** `boundary=` parameters anywhere in the message, unescaped as rawScan.parameter does. */
const BOUNDARY_PARAMETER = /boundary\s*=\s*(?:"((?:[^"\\]|\\.){0,200})"|([^\s;"]{1,200}))/gi;

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function trimEnd(binary: string, from: number, to: number): number {
  let end = to;
  while (end > from) {
    const c = binary.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) break;
    end--;
  }
  return end;
}

export class LineIndex {
  readonly #binary: string;
  /** offsets of lines that begin with `--` */
  readonly #dashAt: number[] = [];
  /** offsets of `\r\n\r\n` and of `\n\n` (each a possible end of a header block) */
  readonly #crlfBlank: number[] = [];
  readonly #lfBlank: number[] = [];
  readonly #boundaries = new Map<string, BoundaryLines>();
  /** the boundaries `boundary=` names somewhere: only their lines are listed up front */
  readonly #declared = new Set<string>();
  /** lines looked at for boundaries the pre-scan missed (bounded, so a trick cannot make it quadratic) */
  #lateScans = 0;

  constructor(binary: string) {
    this.#binary = binary;
    for (let p = 0; p < binary.length; ) {
      if (binary.charCodeAt(p) === 0x2d && binary.charCodeAt(p + 1) === 0x2d) this.#dashAt.push(p);
      const nl = binary.indexOf('\n', p);
      if (nl < 0) break;
      p = nl + 1;
    }
    for (let p = binary.indexOf('\r\n\r\n'); p >= 0; p = binary.indexOf('\r\n\r\n', p + 1)) this.#crlfBlank.push(p);
    for (let p = binary.indexOf('\n\n'); p >= 0; p = binary.indexOf('\n\n', p + 1)) this.#lfBlank.push(p);
    for (const m of binary.matchAll(BOUNDARY_PARAMETER)) {
      this.#declared.add(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!);
    }
    this.#listDeclared();
  }

  #lineAt(at: number): DashLine {
    const nl = this.#binary.indexOf('\n', at);
    const lineEnd = nl < 0 ? this.#binary.length : nl;
    return { at, next: nl < 0 ? this.#binary.length : nl + 1, token: this.#binary.slice(at + 2, trimEnd(this.#binary, at + 2, lineEnd)) };
  }

  /** One pass over the `--` lines, listing those of every declared boundary. */
  #listDeclared(): void {
    const lists = new Map<string, Delimiter[]>();
    const add = (boundary: string, line: DashLine, close: boolean) => {
      let list = lists.get(boundary);
      if (!list) lists.set(boundary, (list = []));
      list.push({ ...line, close });
    };
    for (const at of this.#dashAt) {
      const line = this.#lineAt(at);
      if (this.#declared.has(line.token)) add(line.token, line, false);
      if (line.token.endsWith('--') && this.#declared.has(line.token.slice(0, -2))) add(line.token.slice(0, -2), line, true);
    }
    for (const boundary of this.#declared) this.#boundaries.set(boundary, this.#prepare(lists.get(boundary) ?? []));
  }

  #prepare(lines: Delimiter[]): BoundaryLines {
    const n = lines.length;
    const unclaimed = new Int32Array(n + 1);
    const nextOpen = new Int32Array(n + 1);
    const nextClose = new Int32Array(n + 1);
    nextOpen[n] = n;
    nextClose[n] = n;
    unclaimed[n] = n;
    for (let i = n - 1; i >= 0; i--) {
      unclaimed[i] = i;
      nextOpen[i] = lines[i]!.close ? nextOpen[i + 1]! : i;
      nextClose[i] = lines[i]!.close ? i : nextClose[i + 1]!;
    }
    return { lines, unclaimed, nextOpen, nextClose };
  }

  #linesOf(boundary: string): BoundaryLines {
    const known = this.#boundaries.get(boundary);
    if (known) return known;
    // the pre-scan did not see this boundary (an unusual escape): one scan, within a budget
    const lines: Delimiter[] = [];
    if (this.#lateScans < 4 * (this.#dashAt.length + 16)) {
      this.#lateScans += this.#dashAt.length;
      for (const at of this.#dashAt) {
        const line = this.#lineAt(at);
        if (line.token === boundary) lines.push({ ...line, close: false });
        else if (line.token === `${boundary}--`) lines.push({ ...line, close: true });
      }
    }
    const prepared = this.#prepare(lines);
    this.#boundaries.set(boundary, prepared);
    return prepared;
  }

  /**
   * The delimiter lines of `boundary` that a multipart whose body starts at
   * `from` owns: from there up to its first closing delimiter, skipping lines
   * an enclosing multipart has already claimed. Whether any opening or
   * closing delimiter follows at all is reported as before a claim.
   */
  claimDelimiters(boundary: string, from: number): { claimed: Delimiter[]; delimiterFound: boolean; closeFound: boolean } {
    const b = this.#linesOf(boundary);
    const n = b.lines.length;
    let start = 0;
    let hi = n;
    while (start < hi) {
      const mid = (start + hi) >>> 1;
      if (b.lines[mid]!.at < from) start = mid + 1;
      else hi = mid;
    }
    const close = b.nextClose[start]!;
    const last = close < n ? close : n - 1;
    const claimed: Delimiter[] = [];
    const find = (i: number): number => {
      let x = i;
      while (b.unclaimed[x] !== x) {
        b.unclaimed[x] = b.unclaimed[b.unclaimed[x]!]!; // path halving
        x = b.unclaimed[x]!;
      }
      return x;
    };
    for (let i = find(start); i <= last && i < n; i = find(i + 1)) {
      claimed.push(b.lines[i]!);
      b.unclaimed[i] = i + 1;
    }
    return { claimed, delimiterFound: b.nextOpen[start]! < n, closeFound: close < n };
  }

  /** The first blank line at or after `from` (as bytes.ts headerBlockEnd answers it). */
  blankLineAfter(from: number): { headerEnd: number; bodyStart: number } | undefined {
    const crlf = this.#crlfBlank[lowerBound(this.#crlfBlank, from)];
    const lf = this.#lfBlank[lowerBound(this.#lfBlank, from)];
    if (crlf === undefined && lf === undefined) return undefined;
    if (lf === undefined || (crlf !== undefined && crlf < lf)) return { headerEnd: crlf!, bodyStart: crlf! + 4 };
    return { headerEnd: lf, bodyStart: lf + 2 };
  }

  /** The first `--` line that starts at or after `from`. */
  dashLineAfter(from: number): DashLine | undefined {
    const at = this.#dashAt[lowerBound(this.#dashAt, from)];
    return at === undefined ? undefined : this.#lineAt(at);
  }

  /** Every `--` line from `from` on, in order (the caller bounds how many it reads). */
  *dashLinesFrom(from: number): Generator<DashLine> {
    for (let i = lowerBound(this.#dashAt, from); i < this.#dashAt.length; i++) yield this.#lineAt(this.#dashAt[i]!);
  }
}
