import type { Requester } from '../../shared/domain/requester';
import { normaliseEmail, normaliseIdNumber, normaliseMainlandPhone } from '../../shared/intake/requesterMatch';
import { requestersBy } from './blindLookup';
import type { CaseDeskDatabase } from './database';

/**
 * The one place requesters are looked up by a personal identifier: an email
 * address, a phone number or a resident ID number. Features and the intake
 * pipeline call these, never `db.requesters.where(…)` themselves. The store
 * keeps no plain value to look up (issue 11): these go through the keyed
 * blind indexes (blindLookup.ts), which meet the same value written
 * differently (an email's case, +86, a 15-digit ID number).
 *
 * Each takes the value as a person wrote it and normalises it the way the
 * stored field was normalised at intake (shared/intake/requesterMatch.ts).
 */

export async function findRequestersByEmail(db: CaseDeskDatabase, email: string): Promise<Requester[]> {
  const key = normaliseEmail(email);
  return key ? requestersBy(db, 'email', [key]) : [];
}

/** Several addresses at once (a batch of mail): address → the ids of the requesters who have it. */
export async function requesterIdsByEmail(db: CaseDeskDatabase, emails: readonly string[]): Promise<Map<string, Set<string>>> {
  const keys = [...new Set(emails.map((e) => normaliseEmail(e)).filter((e): e is string => e !== undefined))];
  const found = keys.length ? await requestersBy(db, 'email', keys) : [];
  const out = new Map<string, Set<string>>();
  for (const r of found) {
    const email = r.email ? normaliseEmail(r.email) : undefined;
    if (!email) continue;
    const ids = out.get(email) ?? new Set<string>();
    ids.add(r.id);
    out.set(email, ids);
  }
  return out;
}

export async function findRequestersByPhone(db: CaseDeskDatabase, phone: string): Promise<Requester[]> {
  const key = normaliseMainlandPhone(phone);
  return key ? requestersBy(db, 'phone', [key]) : [];
}

/** By a resident ID number: the blind index holds the 18-character form, so a legacy 15-digit number meets it too. */
export async function findRequestersByIdNumber(db: CaseDeskDatabase, idNumber: string): Promise<Requester[]> {
  const key = normaliseIdNumber(idNumber);
  return key ? requestersBy(db, 'idNumber', [key]) : [];
}
