import { describe, expect, it } from 'vitest';
import { BackupError, decryptBackup, encryptBackup, type BackupErrorKind } from './backupFormat';

// a small work factor keeps the tests quick; files record theirs, so decryption uses what the file says
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const FRAME = 1000;

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += size) yield bytes.subarray(i, i + size);
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const piece of source) out.push(piece);
  return out;
}

function join(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function plaintext(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + 7) & 0xff;
  return out;
}

async function makeBackup(plain: Uint8Array, appSchema = 3) {
  return collect(encryptBackup(chunks(plain, 777), { passphrase: 'correct horse 备份', appSchema, createdAt: '2026-12-02T10:00:00.000Z', frameBytes: FRAME, scrypt: FAST }));
}

async function open(file: Uint8Array, passphrase = 'correct horse 备份', currentAppSchema = 3): Promise<Uint8Array> {
  return join(await collect(decryptBackup(chunks(file, 333), { passphrase, currentAppSchema })));
}

async function refusal(promise: Promise<unknown>): Promise<BackupErrorKind> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackupError) return error.kind;
    throw error;
  }
  throw new Error('was not refused');
}

/** The header piece with its JSON edited (the length field rewritten to fit). */
function editHeader(piece: Uint8Array | undefined, from: string, to: string): Uint8Array {
  const bytes = piece ?? new Uint8Array(0);
  const json = new TextDecoder().decode(bytes.subarray(12));
  const edited = new TextEncoder().encode(json.replace(from, to));
  expect(edited.byteLength).toBeGreaterThan(0);
  expect(json).toContain(from);
  const out = new Uint8Array(12 + edited.byteLength);
  out.set(bytes.subarray(0, 8));
  new DataView(out.buffer).setUint32(8, edited.byteLength);
  out.set(edited, 12);
  return out;
}

/** Offsets of each frame in the file: [start of length field, end of frame]. */
function frameSpans(pieces: Uint8Array[]): [number, number][] {
  const spans: [number, number][] = [];
  let at = pieces[0]?.byteLength ?? 0;
  for (const piece of pieces.slice(1)) {
    spans.push([at, at + piece.byteLength]);
    at += piece.byteLength;
  }
  return spans;
}

describe('the encrypted backup file', () => {
  it('gives back exactly what went in, across many frames and chunk sizes', async () => {
    const plain = plaintext(FRAME * 4 + 123);
    const pieces = await makeBackup(plain);
    // the header, then one piece per frame: the file is produced a frame at a time
    expect(pieces).toHaveLength(1 + 5);
    for (const piece of pieces.slice(1)) expect(piece.byteLength).toBeLessThanOrEqual(4 + FRAME + 16);
    const back = await open(join(pieces));
    expect(back.byteLength).toBe(plain.byteLength);
    expect(back.every((b, i) => b === plain[i])).toBe(true);
  });

  it('hides the content: no run of the plain bytes appears in the file', async () => {
    const plain = new TextEncoder().encode('330106199001011234 张三 zhangsan@example.com '.repeat(50));
    const file = join(await makeBackup(plain));
    expect(new TextDecoder().decode(file)).not.toContain('330106199001011234');
    expect(new TextDecoder().decode(file)).not.toContain('zhangsan@example.com');
  });

  it('round-trips an empty store and a store of exactly one frame', async () => {
    expect((await open(join(await makeBackup(new Uint8Array(0))))).byteLength).toBe(0);
    expect((await open(join(await makeBackup(plaintext(FRAME))))).byteLength).toBe(FRAME);
  });

  it('refuses a wrong passphrase as such', async () => {
    const file = join(await makeBackup(plaintext(2500)));
    expect(await refusal(open(file, 'wrong horse'))).toBe('wrong-passphrase');
  });

  it('refuses a file cut inside a frame, and one cut cleanly between frames, as truncated', async () => {
    const pieces = await makeBackup(plaintext(FRAME * 3 + 10));
    const file = join(pieces);
    expect(await refusal(open(file.subarray(0, file.byteLength - 5)))).toBe('truncated');
    const [, secondEnd] = frameSpans(pieces)[1] ?? [0, 0];
    expect(await refusal(open(file.subarray(0, secondEnd)))).toBe('truncated');
    expect(await refusal(open(file.subarray(0, 20)))).toBe('truncated');
  });

  it('refuses a changed byte in any frame as altered', async () => {
    const pieces = await makeBackup(plaintext(FRAME * 2 + 10));
    for (const [start, end] of frameSpans(pieces)) {
      const file = join(pieces);
      const at = start + 4 + Math.floor((end - start - 4) / 2);
      file[at] = (file[at] ?? 0) ^ 0x01;
      expect(await refusal(open(file))).toBe('altered');
    }
  });

  it('refuses reordered or dropped frames and bytes after the last frame as altered', async () => {
    const pieces = await makeBackup(plaintext(FRAME * 3 + 10));
    const [header, f0, f1, f2, f3] = pieces as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    expect(await refusal(open(join([header, f1, f0, f2, f3])))).toBe('altered');
    expect(await refusal(open(join([header, f0, f2, f3])))).toBe('altered');
    expect(await refusal(open(join([header, f0, f1, f2, f3, f3])))).toBe('altered');
  });

  it('refuses a header changed after the fact (the frames are bound to it)', async () => {
    const pieces = await makeBackup(plaintext(100));
    const edited = editHeader(pieces[0], '"createdAt":"2026-12-02T10', '"createdAt":"2026-12-01T10');
    const file = join([edited, ...pieces.slice(1)]);
    expect(await refusal(open(file))).toBe('altered');
  });

  it('refuses a backup from a newer store schema or a newer file format', async () => {
    const file = join(await makeBackup(plaintext(100), 4));
    expect(await refusal(open(file, 'correct horse 备份', 3))).toBe('newer-version');
    const pieces = await makeBackup(plaintext(100));
    const header = editHeader(pieces[0], '"format":1', '"format":2');
    expect(await refusal(open(join([header, ...pieces.slice(1)])))).toBe('newer-version');
  });

  it('restores a backup from an older store schema', async () => {
    const file = join(await makeBackup(plaintext(100), 2));
    expect((await open(file, 'correct horse 备份', 3)).byteLength).toBe(100);
  });

  it('refuses a file that is not a backup', async () => {
    expect(await refusal(open(new TextEncoder().encode('{"formatName":"dexie"}')))).toBe('not-a-backup');
  });

  it('records the memory-hard default: scrypt N = 2^17, r = 8, p = 1', async () => {
    const { DEFAULT_SCRYPT } = await import('./backupFormat');
    expect(DEFAULT_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
  });
});
