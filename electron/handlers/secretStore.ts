import type { SafeStorage } from 'electron';
import { readFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import { fail, ok, type Result } from '../../shared/platform/result';
import { fsErrorCode, writeFileAtomic } from '../fs/atomicWrite';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;

export interface SecretStoreDeps {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  /** The JSON file in userData that holds the encrypted values. */
  file: string;
}

const storeFileSchema = z.object({
  version: z.literal(1),
  /** name → base64 of the OS-encrypted value; never the value itself */
  secrets: z.record(z.string(), z.string()),
});
type StoreFile = z.infer<typeof storeFileSchema>;

type Loaded = { ok: true; file: StoreFile } | { ok: false; reason: 'unreadable' | 'io'; code: string };

/**
 * Secrets (the backup key, the signing certificate's passphrase) encrypted by
 * the operating system's keychain through Electron's safeStorage — DPAPI on
 * Windows, libsecret/KWallet on Linux — as Signal Desktop keeps its database
 * key. Only ciphertext reaches the disk.
 */
export class SecretStore {
  // Calls are serialised so two writes cannot read the same file and lose one
  // another's change.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SecretStoreDeps) {}

  /**
   * Why the keychain must not be used, or null. On Linux without a keyring
   * daemon, Chromium falls back to 'basic_text': a hard-coded key, i.e.
   * plaintext with extra steps. Signal refuses that backend; so do we
   * ('unknown' only happens before the app is ready, so it is refused too).
   */
  unavailableReason(): string | null {
    const { safeStorage, platform } = this.deps;
    if (!safeStorage.isEncryptionAvailable()) return 'encryption not available';
    if (platform === 'linux') {
      const backend = safeStorage.getSelectedStorageBackend();
      if (backend === 'basic_text' || backend === 'unknown') return `linux backend ${backend}`;
    }
    return null;
  }

  set(name: string, value: string): Promise<Result<Record<string, never>>> {
    return this.serialised(async () => {
      const refused = this.unavailableReason();
      if (refused !== null) return fail('keychain-unavailable', refused);
      const loaded = await this.loadForWrite();
      if (!loaded.ok) return fail('io-failed', loaded.code);
      const encrypted = this.deps.safeStorage.encryptString(value).toString('base64');
      return this.write({ ...loaded.file, secrets: { ...loaded.file.secrets, [name]: encrypted } });
    });
  }

  get(name: string): Promise<Result<{ value: string | null }>> {
    return this.serialised(async () => {
      const refused = this.unavailableReason();
      if (refused !== null) return fail('keychain-unavailable', refused);
      const loaded = await this.load();
      if (!loaded.ok) return fail('io-failed', loaded.reason === 'unreadable' ? 'secret store unreadable' : loaded.code);
      const stored = Object.hasOwn(loaded.file.secrets, name) ? loaded.file.secrets[name] : undefined;
      if (stored === undefined) return ok({ value: null });
      try {
        return ok({ value: this.deps.safeStorage.decryptString(Buffer.from(stored, 'base64')) });
      } catch {
        // The keychain's key changed (new OS profile, restored machine): the value is lost.
        return fail('keychain-unavailable', 'stored secret could not be decrypted');
      }
    });
  }

  delete(name: string): Promise<Result<Record<string, never>>> {
    return this.serialised(async () => {
      const loaded = await this.loadForWrite();
      if (!loaded.ok) return fail('io-failed', loaded.code);
      if (!Object.hasOwn(loaded.file.secrets, name)) return ok({});
      const secrets = Object.fromEntries(Object.entries(loaded.file.secrets).filter(([key]) => key !== name));
      return this.write({ ...loaded.file, secrets });
    });
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<Loaded> {
    let text: string;
    try {
      text = await readFile(this.deps.file, 'utf8');
    } catch (error) {
      const code = fsErrorCode(error);
      return code === 'ENOENT' ? { ok: true, file: { version: 1, secrets: {} } } : { ok: false, reason: 'io', code };
    }
    try {
      const parsed = storeFileSchema.safeParse(JSON.parse(text));
      if (parsed.success) return { ok: true, file: parsed.data };
    } catch {
      // not JSON: handled below
    }
    return { ok: false, reason: 'unreadable', code: 'unreadable' };
  }

  /**
   * Like load(), but an unreadable file is moved aside (kept for whoever
   * investigates) so that saving a new secret is not blocked forever by it.
   */
  private async loadForWrite(): Promise<Loaded> {
    const loaded = await this.load();
    if (loaded.ok || loaded.reason !== 'unreadable') return loaded;
    try {
      await rename(this.deps.file, `${this.deps.file}.unreadable-${Date.now()}`);
    } catch (error) {
      return { ok: false, reason: 'io', code: fsErrorCode(error) };
    }
    return { ok: true, file: { version: 1, secrets: {} } };
  }

  private async write(file: StoreFile): Promise<Result<Record<string, never>>> {
    try {
      await writeFileAtomic(this.deps.file, JSON.stringify(file), { mode: 0o600 });
      return ok({});
    } catch (error) {
      return fail('io-failed', fsErrorCode(error));
    }
  }
}
