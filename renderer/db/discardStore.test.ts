import { describe, expect, it } from 'vitest';
import type { PlatformApi } from '../../shared/platform/contract';
import { discardUnreadableStore, restoreIsTheWayOut } from './discardStore';
import { openCase } from './cases';
import { unlockStore } from './unlockStore';

/** A keychain of one key at a time, as the OS keeps it: `create` only makes one where there is none. */
function keychain(): { storeKey: PlatformApi['storeKey']; replaceKey(): void } {
  let key: Uint8Array<ArrayBuffer> | undefined;
  return {
    storeKey: async ({ create }) => {
      if (!key && !create) return { ok: false, error: { code: 'not-found' } };
      const created = !key;
      key ??= crypto.getRandomValues(new Uint8Array(32));
      return { ok: true, value: { key, created } };
    },
    replaceKey: () => {
      key = crypto.getRandomValues(new Uint8Array(32));
    },
  };
}

describe('a store that cannot be read, set aside for a restore', () => {
  it('opens empty once the unreadable store is discarded, under the key the keychain holds', async () => {
    const name = `casedesk-discard-${crypto.randomUUID()}`;
    const chain = keychain();
    const first = await unlockStore(chain, { name });
    if (!first.ok) throw new Error(first.failure.kind);
    await openCase(first.db, {
      requester: { create: { kind: 'individual', name: '张三', email: 'zhang.san@example.cn', region: 'mainland' } },
      case: { channel: 'email', receivedAt: '2026-11-30T02:00:00.000Z', receivedAtSource: 'received-header', requestType: 'access', typeConfirmed: true, gdpr: false, subject: '查阅', summary: '', status: 'open', stage: 'received', assignee: '王敏', pauses: [], extensions: [], messageIds: [] },
      documents: [],
    }, '王敏');
    first.db.close();

    // the profile was copied from another machine: the keychain's key is not this store's
    chain.replaceKey();
    const refused = await unlockStore(chain, { name });
    expect(refused.ok ? 'opened' : refused.failure.kind).toBe('wrong-key');
    expect(restoreIsTheWayOut('wrong-key')).toBe(true);

    await discardUnreadableStore(name);
    const fresh = await unlockStore(chain, { name });
    if (!fresh.ok) throw new Error(fresh.failure.kind);
    expect(await fresh.db.cases.count()).toBe(0);
    fresh.db.close();
  });

  it('is not offered where deleting the store would not help or would lose a store a newer CaseDesk can open', () => {
    expect(['unavailable', 'keychain', 'quota', 'newer-version'].filter((k) => restoreIsTheWayOut(k as never))).toEqual([]);
  });
});
