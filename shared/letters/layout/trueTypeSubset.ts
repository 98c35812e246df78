import type { Glyph, Subset, SubsetStream } from '@pdf-lib/fontkit';

/**
 * A TrueType subsetter for the embedded letter font, replacing fontkit's.
 *
 * Why: fontkit 1.1's TTFSubset copies each glyph's bytes unpadded and then
 * picks the short `loca` format (offsets stored halved) whenever the subset
 * is under 128 KB. Noto Sans SC stores many glyphs with odd lengths, so half
 * the offsets come out odd, get truncated, and those glyphs render blank,
 * while pdffonts, pdftotext and pdfsig report nothing wrong (measured: a
 * subset of "宁波昶联软件有限公司" drew only 司). This one pads every glyph to
 * four bytes and always writes the long `loca` format.
 *
 * It keeps only what a PDF's embedded TrueType font needs (ISO 32000-1
 * §9.9: head, hhea, loca, maxp, glyf, hmtx, and cvt/fpgm/prep when present);
 * the PDF maps characters itself, so no cmap.
 */

export interface TrueTypeSource {
  bytes: Uint8Array;
  tables: Map<string, Uint8Array>;
  numGlyphs: number;
  numberOfHMetrics: number;
  /** glyph start offsets into glyf, numGlyphs + 1 of them */
  loca: Uint32Array;
}

const u16 = (b: Uint8Array, at: number) => ((b[at] as number) << 8) | (b[at + 1] as number);
const u32 = (b: Uint8Array, at: number) => (((b[at] as number) << 24) | ((b[at + 1] as number) << 16) | ((b[at + 2] as number) << 8) | (b[at + 3] as number)) >>> 0;

function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = (v >>> 8) & 0xff;
  b[at + 1] = v & 0xff;
}

function put32(b: Uint8Array, at: number, v: number): void {
  put16(b, at, (v >>> 16) & 0xffff);
  put16(b, at + 2, v & 0xffff);
}

/** Reads the table directory and the glyph locations of a TrueType font (once per face). */
export function parseTrueType(bytes: Uint8Array): TrueTypeSource {
  const numTables = u16(bytes, 4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(rec, rec + 4));
    const offset = u32(bytes, rec + 8);
    tables.set(tag, bytes.subarray(offset, offset + u32(bytes, rec + 12)));
  }
  const head = tables.get('head');
  const maxp = tables.get('maxp');
  const hhea = tables.get('hhea');
  const locaTable = tables.get('loca');
  if (!head || !maxp || !hhea || !locaTable || !tables.get('glyf') || !tables.get('hmtx')) {
    throw new Error('not a TrueType-outline font (glyf/loca tables missing)');
  }
  const numGlyphs = u16(maxp, 4);
  const long = u16(head, 50) === 1;
  const loca = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) loca[i] = long ? u32(locaTable, 4 * i) : 2 * u16(locaTable, 2 * i);
  return { bytes, tables, numGlyphs, numberOfHMetrics: u16(hhea, 34), loca };
}

// composite glyph flags (OpenType glyf table)
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

export class TrueTypeSubset implements Subset {
  /** old glyph ids in new order; glyph 0 (.notdef) stays first, as PDF viewers expect */
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly source: TrueTypeSource) {
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | Glyph): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let mapped = this.mapping.get(id);
    if (mapped === undefined) {
      mapped = this.glyphs.length;
      this.glyphs.push(id);
      this.mapping.set(id, mapped);
    }
    return mapped;
  }

  /** pdf-lib reads the font through a stream; this one delivers the whole file at once. */
  encodeStream(): SubsetStream {
    const handlers = new Map<string, (data: Uint8Array) => unknown>();
    const stream: SubsetStream = {
      on: (event, callback) => {
        handlers.set(event, callback);
        return stream;
      },
    };
    // after the caller has attached its handlers (in the same turn)
    void Promise.resolve().then(() => {
      const bytes = this.encode();
      handlers.get('data')?.(bytes);
      handlers.get('end')?.(new Uint8Array());
    });
    return stream;
  }

  encode(): Uint8Array {
    const { source } = this;
    const glyf = source.tables.get('glyf') as Uint8Array;
    const pieces: Uint8Array[] = [];
    const offsets: number[] = [];
    let offset = 0;
    // components may add glyphs while we go, hence no for-of over a snapshot
    for (let i = 0; i < this.glyphs.length; i++) {
      const id = this.glyphs[i] as number;
      const data = Uint8Array.from(glyf.subarray(source.loca[id], source.loca[id + 1]));
      if (data.length >= 10 && (u16(data, 0) & 0x8000) !== 0) this.remapComponents(data);
      offsets.push(offset);
      const padded = new Uint8Array((data.length + 3) & ~3);
      padded.set(data);
      pieces.push(padded);
      offset += padded.length;
    }
    offsets.push(offset);

    const n = this.glyphs.length;
    const loca = new Uint8Array(4 * (n + 1));
    offsets.forEach((o, i) => put32(loca, 4 * i, o));
    const hmtx = new Uint8Array(4 * n);
    this.glyphs.forEach((id, i) => {
      const [advance, lsb] = this.metrics(id);
      put16(hmtx, 4 * i, advance);
      put16(hmtx, 4 * i + 2, lsb);
    });
    const head = Uint8Array.from(source.tables.get('head') as Uint8Array);
    put32(head, 8, 0); // checkSumAdjustment, set once the file is whole
    put16(head, 50, 1); // indexToLocFormat: long offsets, whatever the size
    const hhea = Uint8Array.from(source.tables.get('hhea') as Uint8Array);
    put16(hhea, 34, n);
    const maxp = Uint8Array.from(source.tables.get('maxp') as Uint8Array);
    put16(maxp, 4, n);

    const tables = new Map<string, Uint8Array>([
      ['glyf', concat(pieces, offset)],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
    ]);
    for (const tag of ['cvt ', 'fpgm', 'prep']) {
      const table = source.tables.get(tag);
      if (table) tables.set(tag, table);
    }
    return writeFont(tables);
  }

  private metrics(id: number): [number, number] {
    const hmtx = this.source.tables.get('hmtx') as Uint8Array;
    const long = this.source.numberOfHMetrics;
    if (id < long) return [u16(hmtx, 4 * id), u16(hmtx, 4 * id + 2)];
    return [u16(hmtx, 4 * (long - 1)), u16(hmtx, 4 * long + 2 * (id - long))];
  }

  /** A composite glyph names its parts by glyph id: include them and write their new ids. */
  private remapComponents(data: Uint8Array): void {
    let at = 10;
    for (;;) {
      if (at + 4 > data.length) return;
      const flags = u16(data, at);
      put16(data, at + 2, this.includeGlyph(u16(data, at + 2)));
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) at += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
      if (!(flags & MORE_COMPONENTS)) return;
    }
  }
}

function concat(pieces: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    sum = (sum + (((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0))) >>> 0;
  }
  return sum;
}

/** An sfnt file: the table directory (tables sorted by tag), each table 4-byte aligned, and head's whole-file checksum. */
function writeFont(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const headerLength = 12 + 16 * tags.length;
  const total = headerLength + tags.reduce((n, t) => n + (((tables.get(t) as Uint8Array).length + 3) & ~3), 0);
  const out = new Uint8Array(total);
  put32(out, 0, 0x00010000);
  put16(out, 4, tags.length);
  const entrySelector = Math.floor(Math.log2(tags.length));
  put16(out, 6, 16 * 2 ** entrySelector);
  put16(out, 8, entrySelector);
  put16(out, 10, 16 * tags.length - 16 * 2 ** entrySelector);
  let at = headerLength;
  let headAt = 0;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) as Uint8Array;
    const rec = 12 + 16 * i;
    out.set(Array.from(tag, (c) => c.charCodeAt(0)), rec);
    put32(out, rec + 4, checksum(data));
    put32(out, rec + 8, at);
    put32(out, rec + 12, data.length);
    out.set(data, at);
    if (tag === 'head') headAt = at;
    at += (data.length + 3) & ~3;
  });
  put32(out, headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
