import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { openPkcs12 } from '../../shared/letters/signing/pkcs12';
import { afterWrongPin, pinAttemptsSchema, pinLockedUntil, pinProblem, unwrapWithPin, wrapWithPin, wrappedKeySchema } from '../../shared/letters/signing/pinWrap';
import { signerSummarySchema, type MessageOutput } from '../../shared/platform/contract';
import { signerStatus, signLetterPdf, timeStampOptions } from '../../shared/platform/letterSigning';
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

/** Issue 13's record: the PKCS#12 file and its password under the keychain alone. Read, never written: it must get a PIN. */
const storedV1Schema = z.object({
  version: z.literal(1),
  /** base64 of the .p12/.pfx as imported */
  p12: z.string().max(2 * 1024 * 1024),
  password: z.string().max(1024),
  summary: signerSummarySchema,
});

/**
 * Issue 14: the keychain's record holds the PKCS#12 file and its password
 * only wrapped under the officer's PIN (scrypt + AES-GCM, pinWrap.ts), beside
 * what to show of the certificate and the count of wrong PINs.
 */
const storedV2Schema = z.object({
  version: z.literal(2),
  wrapped: wrappedKeySchema,
  summary: signerSummarySchema,
  attempts: pinAttemptsSchema.optional(),
});
const storedSchema = z.discriminatedUnion('version', [storedV1Schema, storedV2Schema]);
type Stored = z.infer<typeof storedSchema>;
type StoredV2 = z.infer<typeof storedV2Schema>;

/** What the PIN unwraps: the file and its password, as JSON. */
const unlockedSchema = z.object({ p12: z.string(), password: z.string() });

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

const random = (n: number) => new Uint8Array(randomBytes(n));

/**
 * The signing certificate in the main process (SPEC §4: the private key never
 * leaves it). Kept encrypted by the OS keychain (safeStorage; Linux's
 * plaintext fallback refused, as for every secret) and, inside that, wrapped
 * under the officer's PIN (issue 14, 电子签名法 13): opened for one signature
 * and dropped again, never sent to the renderer and never logged.
 */
export class SigningKeeper {
  constructor(private readonly deps: SigningKeeperDeps & { scrypt?: { N: number; r: number; p: number } }) {}

  async import(p12: Uint8Array, password: string, pin: string): Promise<Result<MessageOutput<'signingImportP12'>>> {
    const weak = pinProblem(pin);
    if (weak) return ok({ ok: false, problem: weak });
    const result = openPkcs12(p12, password, this.deps.now());
    if (!result.ok) return ok({ ok: false, problem: result.problem });
    const summary = signerSummarySchema.parse(result.value.summary);
    const saved = await this.save({ version: 2, wrapped: await this.wrap({ p12: toBase64(p12), password }, pin), summary });
    if (!saved.ok) return saved;
    this.deps.log(`signing: certificate imported, SHA-256 fingerprint ${summary.fingerprint}`);
    return ok({ ok: true, signer: summary });
  }

  /** The certificate a file holds, for the officer to confirm before the import replaces anything (nothing kept). */
  inspect(p12: Uint8Array, password: string): Result<MessageOutput<'signingInspectP12'>> {
    const result = openPkcs12(p12, password, this.deps.now());
    return ok(result.ok ? { ok: true, signer: signerSummarySchema.parse(result.value.summary) } : { ok: false, problem: result.problem });
  }

  async status(): Promise<Result<MessageOutput<'signingStatus'>>> {
    const stored = await this.load();
    if (!stored.ok) return stored;
    if (!stored.value) return ok({ signer: null });
    return ok(signerStatus(stored.value.summary, stored.value.version === 2 ? { attempts: stored.value.attempts } : 'missing', this.deps.now()));
  }

  async setPin(currentPin: string | undefined, newPin: string): Promise<Result<MessageOutput<'signingSetPin'>>> {
    const weak = pinProblem(newPin);
    if (weak) return ok({ ok: false, problem: weak });
    const stored = await this.load();
    if (!stored.ok) return stored;
    if (!stored.value) return ok({ ok: false, problem: 'no-signer' });
    let secret: z.infer<typeof unlockedSchema>;
    if (stored.value.version === 1) {
      secret = { p12: stored.value.p12, password: stored.value.password };
    } else {
      const unlocked = await this.unlock(stored.value, currentPin ?? '');
      if (!unlocked.ok) return unlocked.error ? unlocked.error : ok({ ok: false, problem: unlocked.problem });
      secret = unlocked.secret;
    }
    const saved = await this.save({ version: 2, wrapped: await this.wrap(secret, newPin), summary: stored.value.summary });
    if (!saved.ok) return saved;
    this.deps.log(`signing: PIN ${stored.value.version === 1 ? 'set' : 'changed'} for ${stored.value.summary.fingerprint}`);
    return ok({ ok: true });
  }

  async forget(): Promise<Result<Record<string, never>>> {
    const removed = await this.deps.secrets.delete(SIGNING_SECRET);
    if (removed.ok) this.deps.log('signing: certificate forgotten');
    return removed;
  }

  async sign(pdf: Uint8Array, pin: string, tsaUrl?: string): Promise<Result<MessageOutput<'lettersSign'>>> {
    const stored = await this.load();
    if (!stored.ok) return stored;
    if (!stored.value) return ok({ ok: false, problem: 'no-signer' });
    if (stored.value.version === 1) return ok({ ok: false, problem: 'pin-not-set' });
    const unlocked = await this.unlock(stored.value, pin);
    if (!unlocked.ok) {
      if (unlocked.error) return unlocked.error;
      this.deps.log(`letters:sign: refused, ${unlocked.problem}`);
      return ok({ ok: false, problem: unlocked.problem });
    }
    const now = this.deps.now();
    const p12 = new Uint8Array(Buffer.from(unlocked.secret.p12, 'base64'));
    const opened = openPkcs12(p12, unlocked.secret.password, now);
    p12.fill(0);
    if (!opened.ok) return ok({ ok: false, problem: opened.problem });
    // the opened key lives in this call only: nothing keeps it once the letter is signed
    const outcome = await signLetterPdf(pdf, opened.value.signer, stored.value.summary, now, timeStampOptions(tsaUrl, fetch, randomBytes(8)));
    // SPEC §4: the signed PDF's SHA-256 is what the log may hold; nothing else of the letter
    if (outcome.ok) this.deps.log(`letters:sign: signed, SHA-256 ${outcome.sha256}`);
    else this.deps.log(`letters:sign: refused, ${outcome.problem}`);
    return ok(outcome);
  }

  private wrap(secret: z.infer<typeof unlockedSchema>, pin: string) {
    const bytes = new TextEncoder().encode(JSON.stringify(secret));
    return wrapWithPin(bytes, pin, random, this.deps.scrypt).finally(() => bytes.fill(0));
  }

  /** The PIN unwraps the record, counting failures (kept in the record) and refusing while locked. */
  private async unlock(
    stored: StoredV2,
    pin: string,
  ): Promise<{ ok: true; secret: z.infer<typeof unlockedSchema> } | { ok: false; problem: 'wrong-pin' | 'pin-locked'; error?: undefined } | { ok: false; error: Result<never>; problem?: undefined }> {
    const now = this.deps.now();
    if (pinLockedUntil(stored.attempts, now)) return { ok: false, problem: 'pin-locked' };
    const opened = await unwrapWithPin(stored.wrapped, pin);
    if (!opened.ok) {
      const saved = await this.save({ ...stored, attempts: afterWrongPin(stored.attempts, now) });
      if (!saved.ok) return { ok: false, error: saved };
      return { ok: false, problem: 'wrong-pin' };
    }
    try {
      const secret = unlockedSchema.parse(JSON.parse(new TextDecoder().decode(opened.secret)));
      if (stored.attempts) {
        const { attempts: _reset, ...rest } = stored;
        void _reset;
        const saved = await this.save(rest);
        if (!saved.ok) return { ok: false, error: saved };
      }
      return { ok: true, secret };
    } finally {
      opened.secret.fill(0);
    }
  }

  private save(stored: StoredV2): Promise<Result<Record<string, never>>> {
    return this.deps.secrets.set(SIGNING_SECRET, JSON.stringify(stored));
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
