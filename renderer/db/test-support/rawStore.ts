/**
 * Reading and changing a store the way someone with the profile's files
 * would: IndexedDB itself, below Dexie and below the encryption layer.
 */
export function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
}

export async function rawRows(name: string, store: string): Promise<Record<string, unknown>[]> {
  const db = await openRaw(name);
  try {
    const tx = db.transaction(store, 'readonly');
    const req = tx.objectStore(store).getAll();
    await done(tx);
    return req.result as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

/** Everything the store holds, as text: what a scan of the profile's files could find. */
export async function rawText(name: string): Promise<string> {
  const db = await openRaw(name);
  const stores = [...db.objectStoreNames];
  db.close();
  const parts: string[] = [];
  for (const store of stores) {
    for (const row of await rawRows(name, store)) {
      parts.push(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v)));
    }
  }
  return parts.join('\n');
}

export async function rawChange(name: string, store: string, change: (store: IDBObjectStore) => void): Promise<void> {
  const db = await openRaw(name);
  try {
    const tx = db.transaction(store, 'readwrite');
    change(tx.objectStore(store));
    await done(tx);
  } finally {
    db.close();
  }
}
