import { fail, ok, type Result } from '../../shared/platform/result';

/**
 * The keychain as the mailbox uses it: the desktop's SecretStore (safeStorage,
 * electron/handlers/secretStore.ts) has exactly this shape; the web host's
 * server keeps the passwords the page restored from its vault in memory only.
 */
export interface SecretsLike {
  get(name: string): Promise<Result<{ value: string | null }>>;
  set(name: string, value: string): Promise<Result<Record<string, never>>>;
  delete(name: string): Promise<Result<Record<string, never>>>;
}

export class MemorySecrets implements SecretsLike {
  readonly #values = new Map<string, string>();
  async get(name: string): Promise<Result<{ value: string | null }>> {
    return ok({ value: this.#values.get(name) ?? null });
  }
  async set(name: string, value: string): Promise<Result<Record<string, never>>> {
    if (value.length === 0) return fail('invalid-argument', 'empty secret');
    this.#values.set(name, value);
    return ok({});
  }
  async delete(name: string): Promise<Result<Record<string, never>>> {
    this.#values.delete(name);
    return ok({});
  }
}
