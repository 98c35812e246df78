/**
 * A thousand emails of mixed sizes for the intake benchmark, made from the
 * mail fixtures (e2e/fixtures/mail, written by Python's email package): each
 * fixture again under a Message-ID of its own (every tenth an answer to the
 * one before), and about a third of them
 * wrapped in a multipart/mixed with a scan attached — a few tens of KB for
 * most, over a megabyte for some — as ID scans and signed PDFs arrive.
 * Byte strings are handled as Latin-1 so that every byte survives unchanged.
 */
export interface FixtureFile {
  name: string;
  base64: string;
}

export interface GeneratedMail {
  name: string;
  bytes: Uint8Array;
  lastModified: string;
}

const latin1 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
};
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A small deterministic generator (mulberry32), so every run imports the same mail. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function base64Lines(bytes: Uint8Array): string {
  return btoa(latin1(bytes)).replace(/.{76}/g, '$&\r\n');
}

/** Splits a message into its header fields (unfolded lines kept as written) and its body. */
function split(message: string): { fields: string[]; body: string } {
  const m = /\r?\n\r?\n/.exec(message);
  const head = m ? message.slice(0, m.index) : message;
  const body = m ? message.slice(m.index + m[0].length) : '';
  return { fields: head.split(/\r?\n(?![ \t])/), body };
}

const isContentField = (field: string) => /^(content-|mime-version)/i.test(field);

/** The message under an id of its own; every tenth answers the message before it, as requesters answer our letters. */
function withIds(fields: string[], i: number): string[] {
  const rest = fields.filter((f) => !/^(message-id|in-reply-to|references):/i.test(f));
  const answer = i % 10 === 9 ? [`In-Reply-To: <bench-${i - 1}@bench.example>`, `References: <bench-${i - 1}@bench.example>`] : [];
  return [...rest, `Message-ID: <bench-${i}@bench.example>`, ...answer];
}

function attachment(size: number, rand: () => number, i: number): { name: string; type: string; bytes: Uint8Array } {
  const pdf = rand() < 0.5;
  const bytes = new Uint8Array(size);
  for (let k = 0; k < size; k += 4) {
    const v = (rand() * 0x100000000) >>> 0;
    bytes[k] = v & 0xff;
    bytes[k + 1] = (v >>> 8) & 0xff;
    bytes[k + 2] = (v >>> 16) & 0xff;
    bytes[k + 3] = v >>> 24;
  }
  bytes.set(pdf ? bytesOf('%PDF-1.7\n') : [0xff, 0xd8, 0xff, 0xe0]);
  return pdf ? { name: `申请材料-${i}.pdf`, type: 'application/pdf', bytes } : { name: `scan-${i}.jpg`, type: 'image/jpeg', bytes };
}

export function generateMail(fixtures: readonly FixtureFile[], count: number, fileTime: string): { files: GeneratedMail[]; bytes: number } {
  const sources = fixtures.filter((f) => f.name.endsWith('.eml')).map((f) => ({ name: f.name, text: latin1(Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))) }));
  const rand = random(20261130);
  const files: GeneratedMail[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    let text = source.text;
    const { fields, body } = split(text);
    // a broken fixture (empty, not a message) stays as it is: the import must keep it too
    if (fields.some((f) => /^(from|subject|date|received):/i.test(f))) {
      const own = withIds(fields, i);
      const roll = rand();
      if (roll < 0.3) {
        const size = roll < 0.06 ? 600_000 + Math.floor(rand() * 1_200_000) : 20_000 + Math.floor(rand() * 280_000);
        const file = attachment(size, rand, i);
        const boundary = `==bench-${i}==`;
        text = [
          ...own.filter((f) => !isContentField(f)),
          'MIME-Version: 1.0',
          `Content-Type: multipart/mixed; boundary="${boundary}"`,
          '',
          `--${boundary}`,
          ...(fields.filter(isContentField).filter((f) => !/^mime-version/i.test(f)).length ? fields.filter((f) => isContentField(f) && !/^mime-version/i.test(f)) : ['Content-Type: text/plain; charset="us-ascii"']),
          '',
          body,
          `--${boundary}`,
          `Content-Type: ${file.type}`,
          'Content-Transfer-Encoding: base64',
          `Content-Disposition: attachment; filename="${file.name.replace(/[^\x20-\x7e]/g, '_')}"`,
          '',
          base64Lines(file.bytes),
          `--${boundary}--`,
          '',
        ].join('\r\n');
      } else {
        text = `${own.join('\r\n')}\r\n\r\n${body}`;
      }
    }
    const bytes = bytesOf(text);
    total += bytes.length;
    files.push({ name: `${String(i).padStart(4, '0')}-${source.name}`, bytes, lastModified: fileTime });
  }
  return { files, bytes: total };
}
