import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from './audit/verifyStore';
import type { CaseDeskDatabase } from './database';
import { recordSigningChange } from './signingAudit';
import { withFreshDatabase } from './test-support/freshDatabase';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

describe('the audit of the signing key (issue 14)', () => {
  it('keeps a signature refused for a wrong PIN or while locked: who, which letter, why — never the PIN', async () => {
    await recordSigningChange(db, { action: 'signing.refused', letterId: 'letter-1', problem: 'wrong-pin' }, '王敏');
    await recordSigningChange(db, { action: 'signing.refused', letterId: 'letter-1', problem: 'pin-locked' }, '王敏');
    const events = await db.auditLog.where('action').equals('signing.refused').toArray();
    expect(events.map((e) => [e.actor, e.subject, e.summary])).toEqual([
      ['王敏', 'letter:letter-1', 'signature refused: wrong-pin'],
      ['王敏', 'letter:letter-1', 'signature refused: pin-locked'],
    ]);
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('keeps the fingerprints of a replaced certificate', async () => {
    await recordSigningChange(db, { action: 'signing.certificate-imported', fingerprint: 'new', replaced: 'old' }, '王敏');
    const [event] = await db.auditLog.where('action').equals('signing.certificate-imported').toArray();
    expect([event?.before, event?.after]).toEqual([{ fingerprint: 'old' }, { fingerprint: 'new' }]);
  });
});
