import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { openBytes, sealBytes } from '../crypto/aead';
import { blindIndex } from '../crypto/blindIndex';
import type { StoreKeys } from '../crypto/storeKeys';
import { residentIdMatchKey } from '../identity/residentId';
import type { BlindIndexField, TableSealing } from './tableSealing';

/**
 * Turns a record into what IndexedDB stores and back (issue 11). The stored
 * row keeps the plain fields and blind indexes as they are (so Dexie's
 * indexes work), and everything else in one AES-GCM sealed payload bound to
 * the table and primary key. Features never see a stored row: the Dexie
 * middleware (renderer/db/crypto/) applies these on every read and write.
 */
export const SEALED_FIELD = '__sealed';
export const CODEC_FIELD = '__codec';
const CODEC_VERSION = 1;
const MEMBERS = '\u0000members';

type Row = Record<string, unknown>;

export function sealContext(table: string, primaryKey: unknown): string {
  return `casedesk:${table}:${typeof primaryKey === 'string' ? primaryKey : JSON.stringify(primaryKey)}`;
}

/** The value a blind index is computed over: an ID number in its 18-character form, so a 15-digit one meets it. */
function indexInput(field: BlindIndexField, value: string): string {
  if (field.kind === 'idNumber') return residentIdMatchKey(value) ?? value;
  return value;
}

export function blindValuesOf(keys: StoreKeys, field: BlindIndexField, value: unknown): string | string[] | undefined {
  if (typeof value === 'string') return value.trim() ? blindIndex(keys.blindIndex, field.kind, indexInput(field, value)) : undefined;
  if (Array.isArray(value)) {
    const out = new Set<string>();
    for (const item of value) if (typeof item === 'string' && item.trim()) out.add(blindIndex(keys.blindIndex, field.kind, indexInput(field, item)));
    return [...out];
  }
  return undefined;
}

/** What to look a plain value up by: the same HMAC the stored row carries. */
export function blindLookup(keys: StoreKeys, field: BlindIndexField, value: string): string {
  return blindIndex(keys.blindIndex, field.kind, indexInput(field, value));
}

const jsonReplacer = (_key: string, value: unknown): unknown =>
  value instanceof Uint8Array ? { '\u0000u8': bytesToHex(value) } : value;
const jsonReviver = (_key: string, value: unknown): unknown => {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const encoded: unknown = Reflect.get(value, '\u0000u8');
    if (typeof encoded === 'string' && Object.keys(value).length === 1) return hexToBytes(encoded);
  }
  return value;
};

export function isEncodedRow(row: unknown): row is Row {
  return typeof row === 'object' && row !== null && Reflect.get(row, CODEC_FIELD) === CODEC_VERSION;
}

export function encodeRow(keys: StoreKeys, table: string, spec: TableSealing, primaryKey: unknown, row: Row): Row {
  const context = sealContext(table, primaryKey);
  const plain = new Set(spec.plain);
  const stored: Row = { [CODEC_FIELD]: CODEC_VERSION };
  const sealed: Row = {};
  for (const [field, value] of Object.entries(row)) {
    if (value === undefined) continue;
    if (field === spec.binary) {
      if (!(value instanceof Uint8Array)) throw new TypeError(`${table}.${field} must be bytes`);
      stored[field] = sealBytes(keys.records, value, `${context}:${field}`);
    } else if (plain.has(field)) {
      stored[field] = value;
    } else {
      sealed[field] = value;
    }
  }
  const members: Record<string, unknown[]> = {};
  for (const [field, names] of Object.entries(spec.sealedMembers ?? {})) {
    const list = stored[field];
    if (!Array.isArray(list)) continue;
    members[field] = list.map((item: unknown) => pick(item, names));
    stored[field] = list.map((item: unknown) => omit(item, names));
  }
  if (Object.keys(members).length) sealed[MEMBERS] = members;
  for (const field of spec.blind ?? []) {
    const value = blindValuesOf(keys, field, row[field.from]);
    if (value !== undefined) stored[field.stored] = value;
  }
  if (Object.keys(sealed).length) {
    stored[SEALED_FIELD] = sealBytes(keys.records, new TextEncoder().encode(JSON.stringify(sealed, jsonReplacer)), context);
  }
  return stored;
}

/** Throws SealError when a sealed part does not open (altered, moved to another row, or another store's key). */
export function decodeRow(keys: StoreKeys, table: string, spec: TableSealing, primaryKey: unknown, stored: Row): Row {
  if (!isEncodedRow(stored)) return stored;
  const context = sealContext(table, primaryKey);
  const blindFields = new Set((spec.blind ?? []).map((b) => b.stored));
  const row: Row = {};
  for (const [field, value] of Object.entries(stored)) {
    if (field === CODEC_FIELD || field === SEALED_FIELD || blindFields.has(field)) continue;
    if (field === spec.binary && value instanceof Uint8Array) row[field] = openBytes(keys.records, value, `${context}:${field}`);
    else row[field] = value;
  }
  const sealedBytes = stored[SEALED_FIELD];
  if (sealedBytes instanceof Uint8Array) {
    const sealed = JSON.parse(new TextDecoder().decode(openBytes(keys.records, sealedBytes, context)), jsonReviver) as Row;
    const members = sealed[MEMBERS] as Record<string, Row[]> | undefined;
    delete sealed[MEMBERS];
    Object.assign(row, sealed);
    for (const [field, items] of Object.entries(members ?? {})) {
      const list = row[field];
      if (Array.isArray(list)) row[field] = list.map((item: unknown, i) => ({ ...(item as Row), ...(items[i] ?? {}) }));
    }
  }
  return row;
}

function pick(item: unknown, names: readonly string[]): Row {
  const out: Row = {};
  if (item && typeof item === 'object') for (const n of names) if (Reflect.get(item, n) !== undefined) out[n] = Reflect.get(item, n);
  return out;
}

function omit(item: unknown, names: readonly string[]): unknown {
  if (!item || typeof item !== 'object') return item;
  const out: Row = { ...(item as Row) };
  for (const n of names) delete out[n];
  return out;
}
