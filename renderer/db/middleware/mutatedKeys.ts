import type { DBCoreMutateRequest, DBCoreTable } from 'dexie';

/**
 * The primary keys a mutation touches, for the layers that must know them
 * (record tracking, replication capture). Answered with `.then`, never
 * `await`: Dexie's promises carry the transaction's zone.
 */
export function mutatedKeys(table: DBCoreTable, req: DBCoreMutateRequest): PromiseLike<unknown[]> | unknown[] {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.keys ?? req.values.map((value: unknown) => table.schema.primaryKey.extractKey?.(value));
    case 'delete':
      return req.keys;
    case 'deleteRange':
      return table
        .query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })
        .then((res) => res.result);
  }
}

export function thenOrNow<T, R>(value: PromiseLike<T> | T, next: (value: T) => R | PromiseLike<R>): R | PromiseLike<R> {
  return value && typeof (value as PromiseLike<T>).then === 'function' ? (value as PromiseLike<T>).then(next) : next(value as T);
}
