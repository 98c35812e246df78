import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { CmsSigner } from '../../shared/letters/signing/cms';
import { openPkcs12, type Pkcs12Problem } from '../../shared/letters/signing/pkcs12';
import { signerSummarySchema, type MessageOutput } from '../../shared/platform/contract';
import { certificateProblemAt, signLetterPdf, timeStampOptions } from '../../shared/platform/letterSigning';
import { fail, ok, type Result } from '../../shared/platform/result';
import type { SecretStore } from './secretStore';

export interface SigningKeeperDeps {
  /** a SecretStore of its own (signing.json in userData): safeStorage, basic_text refused, atomic writes */
  secrets: Pick<SecretStore, 'get' | 'set' | 'delete'>;
  now(): number;
  /** never given the file, the password or the key; only fingerprints and the SHA-256 of signed letters */
  log(message: string): void;
}

/** The name of the one keychain-protected record that holds the certificate. */
export const SIGNING_SECRET = 'signing.certificate';

/** What is kept, encrypted as a whole by the OS keychain: the PKCS#12 file, its password, and what to show of it. */
const storedSchema = z.object({
  version: z.literal(1),
  /** base64 of the .p12/.pfx as imported */
  p12: z.string().max(2 * 1024 * 1024),
  password: z.string().max(1024),
  summary: signerSummarySchema,
});
type Stored = z.infer<typeof storedSchema>;

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * The signing certificate in the main process (SPEC §4: the private key never
 * leaves it). The PKCS#12 file and its password are stored only encrypted by
 * the OS keychain (safeStorage; Linux's plaintext fallback refused, as for
 * every secret), opened on first use and kept opened in memory for the next
 * letters, never sent to the renderer and never logged.
 */
export class SigningKeeper {
  private opened: { fingerprint: string; signer: CmsSigner } | undefined;

  constructor(private readonly deps: SigningKeeperDeps) {}

  async import(p12: Uint8Array, password: string): Promise<Result<MessageOutput<'signingImportP12'>>> {
    const result = openPkcs12(p12, password, this.deps.now());
    if (!result.ok) return ok({ ok: false, problem: result.problem });
    const summary = signerSummarySchema.parse(result.value.summary);
    const stored: Stored = { version: 1, p12: toBase64(p12), password, summary };
    const saved = await this.deps.secrets.set(SIGNING_SECRET, JSON.stringify(stored));
    if (!saved.ok) return saved;
    this.opened = { fingerprint: summary.fingerprint, signer: result.value.signer };
    this.deps.log(`signing: certificate imported, SHA-256 fingerprint ${summary.fingerprint}`);
    return ok({ ok: true, signer: summary });
  }

  async status(): Promise<Result<MessageOutput<'signingStatus'>>> {
    const stored = await this.load();
    if (!stored.ok) return stored;
    if (!stored.value) return ok({ signer: null });
    const problem = certificateProblemAt(stored.value.summary, this.deps.now());
    return ok(problem ? { signer: stored.value.summary, problem } : { signer: stored.value.summary });
  }

  async forget(): Promise<Result<Record<string, never>>> {
    this.opened = undefined;
    const removed = await this.deps.secrets.delete(SIGNING_SECRET);
    if (removed.ok) this.deps.log('signing: certificate forgotten');
    return removed;
  }

  async sign(pdf: Uint8Array, tsaUrl?: string): Promise<Result<MessageOutput<'lettersSign'>>> {
    const stored = await this.load();
    if (!stored.ok) return stored;
    if (!stored.value) return ok({ ok: false, problem: 'no-signer' });
    const now = this.deps.now();
    const signer = this.signerFor(stored.value, now);
    if (!signer.ok) return ok({ ok: false, problem: signer.problem });
    const outcome = await signLetterPdf(pdf, signer.signer, stored.value.summary, now, timeStampOptions(tsaUrl, fetch, randomBytes(8)));
    // SPEC §4: the signed PDF's SHA-256 is what the log may hold; nothing else of the letter
    if (outcome.ok) this.deps.log(`letters:sign: signed, SHA-256 ${outcome.sha256}`);
    else this.deps.log(`letters:sign: refused, ${outcome.problem}`);
    return ok(outcome);
  }

  private signerFor(stored: Stored, now: number): { ok: true; signer: CmsSigner } | { ok: false; problem: Pkcs12Problem } {
    if (this.opened?.fingerprint === stored.summary.fingerprint) return { ok: true, signer: this.opened.signer };
    const result = openPkcs12(new Uint8Array(Buffer.from(stored.p12, 'base64')), stored.password, now);
    if (!result.ok) return result;
    this.opened = { fingerprint: stored.summary.fingerprint, signer: result.value.signer };
    return { ok: true, signer: result.value.signer };
  }

  private async load(): Promise<Result<Stored | null>> {
    const got = await this.deps.secrets.get(SIGNING_SECRET);
    if (!got.ok) return got;
    if (got.value.value === null) return ok(null);
    try {
      const parsed = storedSchema.safeParse(JSON.parse(got.value.value));
      if (parsed.success) return ok(parsed.data);
    } catch {
      // not JSON: below
    }
    return fail('keychain-unavailable', 'stored signing certificate unreadable');
  }
}
