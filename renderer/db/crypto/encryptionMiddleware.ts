import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { StoreKeys } from '../../../shared/crypto/storeKeys';
import { decodeRow, encodeRow } from '../../../shared/store/rowCodec';
import { sealingOf, type TableSealing } from '../../../shared/store/tableSealing';

/**
 * Encryption at rest under the repositories (issue 11, STYLE "Seams"): a
 * Dexie DBCore middleware that seals personal fields on every write and opens
 * them on every read, so a feature calls `db.requesters.get(id)` and never
 * sees a ciphertext, while IndexedDB (and the profile's files on disk) hold
 * none of the plain values. The codec is shared/store/rowCodec.ts.
 *
 * It sits just above Dexie's own layers (cache, observability, virtual
 * indexes: levels −1…2), so those see stored rows: their index values are
 * the plain columns and blind indexes, which is what IndexedDB indexes too.
 * Layers that need plain records (audit digests, replication capture,
 * dashboard aggregates) sit above it.
 */
export const ENCRYPTION_MIDDLEWARE_LEVEL = 5;

type Row = Record<string, unknown>;

export function encryptionMiddleware(keys: StoreKeys): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'casedesk-encryption',
    level: ENCRYPTION_MIDDLEWARE_LEVEL,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const spec = sealingOf(name);
        return spec ? sealedTable(table, name, spec, keys) : table;
      },
    }),
  };
}

function sealedTable(table: DBCoreTable, name: string, spec: TableSealing, keys: StoreKeys): DBCoreTable {
  const extractKey = table.schema.primaryKey.extractKey;
  const keyOf = (row: unknown, given: unknown): unknown => given ?? extractKey?.(row);
  const decode = (row: unknown, primaryKey: unknown): unknown =>
    row && typeof row === 'object' ? decodeRow(keys, name, spec, keyOf(row, primaryKey), row as Row) : row;

  return {
    ...table,
    mutate: (req: DBCoreMutateRequest) => {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      const values = req.values.map((value: Row, i) => encodeRow(keys, name, spec, keyOf(value, req.keys?.[i]), value));
      // The change hints (changeSpec, updates, criteria) describe plain fields; below this layer only stored rows exist,
      // so Dexie's cache must work from the sealed values themselves.
      const { changeSpec: _changeSpec, updates: _updates, criteria: _criteria, ...rest } = req as DBCoreMutateRequest & Row;
      void _changeSpec;
      void _updates;
      void _criteria;
      return table.mutate({ ...(rest as DBCoreMutateRequest & { type: 'add' | 'put' }), values });
    },
    // `.then` on what the layer below returns, never `await`: Dexie's promises carry the transaction's zone, a native await would drop it
    get: (req) => table.get(req).then((row) => decode(row, req.key)),
    getMany: (req) => table.getMany(req).then((rows) => rows.map((row, i) => decode(row, req.keys[i]))),
    query: (req) =>
      table.query(req).then((res) => (req.values ? { ...res, result: res.result.map((row) => decode(row, undefined)) } : res)),
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => (cursor && req.values ? openedCursor(cursor, (row) => decode(row, cursor.primaryKey)) : cursor)),
  };
}

/**
 * A cursor whose value is opened when read (Dexie's virtual-index middleware wraps cursors the same way).
 * `key` and `primaryKey` are passed through explicitly: below Dexie the cursor is the native IDBCursor, whose
 * getters throw "Illegal invocation" when read through another object (Chromium, not fake-indexeddb: seen with
 * `where(…).anyOf(…)`, whose algorithm reads `cursor.key`).
 */
function openedCursor(cursor: DBCoreCursor, decode: (row: unknown) => unknown): DBCoreCursor {
  let lastRaw: unknown;
  let lastOpened: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        const raw: unknown = cursor.value;
        if (raw !== lastRaw) {
          lastRaw = raw;
          lastOpened = decode(raw);
        }
        return lastOpened;
      },
    },
  }) as DBCoreCursor;
}
