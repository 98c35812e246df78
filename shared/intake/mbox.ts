import { binaryToBytes, bytesToBinary } from './bytes';

/**
 * Splits an mbox export into its messages. Each message starts with a
 * "From_" line (`From sender Tue Mar 10 02:00:02 2026`) at the start of the
 * file or after a blank line; body lines that began with "From " were written
 * as ">From " (mboxo) and lines that began with ">From " as ">>From "
 * (mboxrd). Unescaping follows mboxrd — one ">" comes off every `>…From `
 * line — which restores both formats exactly, except an mboxo body line that
 * really began with ">From ": that format cannot tell it from an escaped one
 * (see https://www.loc.gov/preservation/digital/formats/fdd/fdd000383.shtml).
 */

export interface MboxMessage {
  /** the message as it was before the export escaped it */
  bytes: Uint8Array;
  /** the separator line, without its line end */
  fromLine: string;
  /** byte offset of the separator line in the file */
  offset: number;
}

/** A From_ line: "From ", an address or "-", and something with a clock time in it (asctime or similar). */
const FROM_LINE = /^From [^\r\n]*\d{1,2}:\d{2}[^\r\n]*$/;

export function looksLikeMbox(bytes: Uint8Array): boolean {
  const head = bytesToBinary(bytes.subarray(0, 1024));
  const end = head.indexOf('\n');
  return FROM_LINE.test((end < 0 ? head : head.slice(0, end)).replace(/\r$/, ''));
}

function separatorOffsets(binary: string): number[] {
  const offsets: number[] = [];
  const re = /^From [^\n]*$/gm;
  for (let m = re.exec(binary); m; m = re.exec(binary)) {
    const line = m[0].replace(/\r$/, '');
    if (!FROM_LINE.test(line)) continue;
    const before = binary.slice(Math.max(0, m.index - 4), m.index);
    const afterBlankLine = m.index === 0 || before.endsWith('\n\n') || before.endsWith('\r\n\r\n');
    if (afterBlankLine) offsets.push(m.index);
  }
  return offsets;
}

export function unescapeFromLines(binary: string): string {
  return binary.replace(/(^|\n)>(>*From )/g, '$1$2');
}

export function splitMbox(bytes: Uint8Array): MboxMessage[] {
  const binary = bytesToBinary(bytes);
  const offsets = separatorOffsets(binary);
  return offsets.map((offset, i) => {
    const lineEnd = binary.indexOf('\n', offset);
    const start = lineEnd < 0 ? binary.length : lineEnd + 1;
    let end = i + 1 < offsets.length ? offsets[i + 1]! : binary.length;
    // the blank line before the next separator belongs to the mbox, not to the message
    if (i + 1 < offsets.length) {
      if (binary.startsWith('\r\n', end - 2)) end -= 2;
      else if (binary[end - 1] === '\n') end -= 1;
    }
    return {
      bytes: binaryToBytes(unescapeFromLines(binary.slice(start, Math.max(start, end)))),
      fromLine: binary.slice(offset, lineEnd < 0 ? binary.length : lineEnd).replace(/\r$/, ''),
      offset,
    };
  });
}
