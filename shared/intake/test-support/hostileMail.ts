/**
 * Mail shaped by an attacker (issue 12), as binary strings (one char per
 * byte): the shapes that once stalled an import or the viewer, at any size,
 * and a seeded mutator that makes thousands of broken messages out of good
 * ones. Pure: the fuzz test runs it in Node, the benchmark in Chromium.
 */

const HEAD = 'From: a@example.cn\r\nTo: legal@solutioncl.com\r\nSubject: s\r\nDate: Tue, 10 Mar 2026 09:00:00 +0800\r\nMessage-ID: <hostile@example.cn>\r\nMIME-Version: 1.0\r\n';
const HTML = 'Content-Type: text/html; charset=utf-8\r\n\r\n';

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The shapes of issue 12 and a few more, each `size` bytes or about. */
export const hostileShapes: Record<string, (size: number) => string> = {
  'nested multiparts, one boundary': (n) => HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + fill('--b\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n', n),
  'HTML of <!--': (n) => HEAD + HTML + fill('<!--', n),
  'HTML of <': (n) => HEAD + HTML + fill('<', n),
  'HTML of <a ': (n) => HEAD + HTML + fill('<a href="x ', n),
  'HTML, 300k open tags': (n) => HEAD + HTML + fill('<b><i>', n),
  'CSS of url(': (n) => HEAD + HTML + '<p style="' + fill('url(', n) + '">x</p><style>' + fill('url(', n / 4) + '</style>',
  'unknown charsets': (n) => 'From: a@example.cn\r\nSubject: ' + Array.from({ length: Math.floor(n / 20) }, (_, i) => `=?x-u${i}?q?a?=`).join(' ') + '\r\n\r\nbody\r\n',
  'many parts': (n) => HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + fill('--b\r\nContent-Type: text/plain\r\n\r\nx\r\n', n) + '--b--\r\n',
  'deep nesting': (n) => HEAD + Array.from({ length: 400 }, (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`).join('') + fill('x', n),
  'missing boundaries': (n) => HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + fill('--c\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n', n),
  '8-bit headers in every part': (n) => HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + fill('--b\r\nContent-Type: text/plain\r\nX-N: \xc4\xe3\r\n\r\nx\r\n', n),
  'one long header line': (n) => 'From: a@example.cn\r\nSubject: ' + fill('a', n) + '\r\n\r\nbody\r\n',
  'NUL bytes': (n) => HEAD + '\r\n' + fill('\0', n),
  'References flood': (n) => 'From: a@example.cn\r\nSubject: Re: CL-2026-0001\r\nReferences: ' + fill('<r@x> ', n) + '\r\n\r\nbody\r\n',
  'case references in the subject': (n) => 'From: a@example.cn\r\nSubject: ' + fill('CL-2026-0001 ', n) + '\r\n\r\nbody\r\n',
  'base64 with no end': (n) => HEAD + 'Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n' + fill('QUJD', n),
};

/** mulberry32: a small seeded generator, so a run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** One mutation of a message; each is a way real or hostile mail is broken. */
const MUTATIONS: Record<string, (text: string, random: () => number) => string> = {
  truncate: (t, r) => t.slice(0, Math.floor(t.length * r())),
  'flip bytes': (t, r) => {
    const chars = t.split('');
    for (let i = 0; i < 1 + Math.floor(r() * 16); i++) chars[Math.floor(r() * chars.length)] = String.fromCharCode(Math.floor(r() * 256));
    return chars.join('');
  },
  'NUL bytes': (t, r) => {
    const at = Math.floor(r() * t.length);
    return t.slice(0, at) + '\0'.repeat(1 + Math.floor(r() * 64)) + t.slice(at);
  },
  'drop boundaries': (t) => t.replace(/^--[^\r\n]*\r?$/gm, ''),
  'reuse a boundary': (t) => {
    const b = /boundary="?([^";\r\n]+)/i.exec(t)?.[1];
    return b ? t.replace(/^(--[^\r\n]*)\r?$/m, `$1\r\nContent-Type: multipart/mixed; boundary="${b}"\r\n\r\n--${b}`) : t;
  },
  'deep nesting': (t, r) => {
    const depth = 10 + Math.floor(r() * 400);
    const at = t.search(/\r?\n\r?\n/);
    const nest = Array.from({ length: depth }, (_, i) => `--n${i}\r\nContent-Type: multipart/mixed; boundary="n${i + 1}"\r\n\r\n`).join('');
    return at < 0 ? t : `${t.slice(0, at)}\r\nContent-Type: multipart/mixed; boundary="n0"\r\n\r\n${nest}${t.slice(at)}`;
  },
  'HTML flood': (t, r) => `${t}\r\n<html>${fill(pick(r, ['<!--', '<', '<a ', '<b>', '</i>', '&#x', '<svg>']), 20_000 + Math.floor(r() * 200_000))}`,
  'CSS flood': (t, r) => t.replace(/(<body|<p|<div)/i, `$1 style="${fill('url(', 20_000 + Math.floor(r() * 100_000))}"`),
  'unknown charsets': (t, r) => t.replace(/charset="?[\w-]+"?/gi, () => `charset="x-${Math.floor(r() * 1e6)}"`).replace(/^Subject: /m, `Subject: ${Array.from({ length: 200 }, (_, i) => `=?x-${i}?b?YQ==?=`).join(' ')} `),
  'long header line': (t, r) => t.replace(/^(Subject: )/m, `X-Long: ${fill('a', 1_000_000 + Math.floor(r() * 4_500_000))}\r\n$1`),
  'missing header end': (t) => t.replace(/\r?\n\r?\n/, '\r\n'),
  'bare LF': (t) => t.replace(/\r\n/g, '\n'),
};

export const mutationNames = Object.keys(MUTATIONS);

/** How often each is picked, relative to 1: a 5 MB header line is rare in a run (each costs a parse of megabytes). */
const WEIGHTS: Record<string, number> = { 'long header line': 0.08, 'HTML flood': 0.5, 'CSS flood': 0.5 };

function pickMutation(random: () => number): string {
  const total = mutationNames.reduce((sum, name) => sum + (WEIGHTS[name] ?? 1), 0);
  let at = random() * total;
  for (const name of mutationNames) {
    at -= WEIGHTS[name] ?? 1;
    if (at < 0) return name;
  }
  return mutationNames[0]!;
}

/** `count` mutated messages from `sources`, each with the names of the mutations applied (one to three). */
export function* mutatedMessages(sources: readonly string[], count: number, seed: number): Generator<{ text: string; mutations: string[] }> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    let text = pick(random, sources);
    const applied: string[] = [];
    for (let k = 0, n = 1 + Math.floor(random() * 3); k < n; k++) {
      const name = pickMutation(random);
      text = MUTATIONS[name]!(text, random);
      applied.push(name);
    }
    yield { text, mutations: applied };
  }
}

/** A binary string as its bytes. */
export function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
