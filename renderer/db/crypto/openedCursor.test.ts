import type { DBCoreCursor } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openedCursor } from './encryptionMiddleware';

/**
 * A cursor as Chromium's IndexedDB hands it out: its methods and getters work
 * only on the cursor itself. fake-indexeddb does not check that, so an import
 * that matched stored mail with anyOf() failed in the browser alone
 * ("Illegal invocation") while every unit test passed.
 */
function brandCheckedCursor(rows: { key: string; value: string }[]): { cursor: DBCoreCursor; position: () => number } {
  let at = 0;
  const own = function (this: unknown): void {
    if (this !== cursor) throw new TypeError('Illegal invocation');
  };
  const cursor = {
    trans: {} as IDBTransaction,
    done: false,
    get key() {
      own.call(this);
      return rows[at]!.key;
    },
    get primaryKey() {
      own.call(this);
      return rows[at]!.key;
    },
    get value() {
      own.call(this);
      return rows[at]!.value;
    },
    continue(this: unknown, key?: unknown) {
      own.call(this);
      at = key === undefined ? at + 1 : rows.findIndex((r) => r.key >= String(key));
    },
    continuePrimaryKey(this: unknown) {
      own.call(this);
      at++;
    },
    advance(this: unknown, count: number) {
      own.call(this);
      at += count;
    },
    start: () => Promise.resolve(),
    stop: () => undefined,
    next: () => Promise.resolve(cursor),
    fail: () => undefined,
  } as unknown as DBCoreCursor;
  return { cursor, position: () => at };
}

describe('a cursor over a sealed table', () => {
  it('opens each value and moves as the cursor it wraps, as anyOf() and offset() move it', () => {
    const { cursor, position } = brandCheckedCursor([
      { key: 'a', value: 'sealed:1' },
      { key: 'c', value: 'sealed:2' },
      { key: 'e', value: 'sealed:3' },
    ]);
    const opened = openedCursor(cursor, (raw) => String(raw).replace('sealed:', 'open:'));
    expect(opened.key).toBe('a');
    expect(opened.value).toBe('open:1');
    opened.continue('b');
    expect(position()).toBe(1);
    expect(opened.primaryKey).toBe('c');
    expect(opened.value).toBe('open:2');
    opened.advance(1);
    expect(opened.value).toBe('open:3');
    opened.continuePrimaryKey('e', 'e');
    expect(position()).toBe(3);
  });
});
