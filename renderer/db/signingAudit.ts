import type { CaseDeskDatabase } from './database';
import { appendAudit } from './audit';

/**
 * Issue 14: changes to the signing certificate and its PIN are audited. A
 * certificate's subject may name a person, so the audit keeps fingerprints
 * only (as for trust anchors, lettersSettings.ts); the PIN never appears. A
 * signature refused for a wrong PIN (or while signing is locked) is kept too:
 * someone at the workstation tried to sign as the officer.
 */
export type SigningChange =
  | { action: 'signing.certificate-imported'; fingerprint: string; replaced?: string; nameConfirmed?: 'mismatch' | 'garbled' }
  | { action: 'signing.certificate-removed'; fingerprint: string }
  | { action: 'signing.pin-set'; fingerprint: string; changed: boolean }
  | { action: 'signing.refused'; letterId: string; problem: 'wrong-pin' | 'pin-locked' };

export async function recordSigningChange(db: CaseDeskDatabase, change: SigningChange, actor: string): Promise<void> {
  await db.transaction('rw', [db.auditLog], async () => {
    switch (change.action) {
      case 'signing.certificate-imported':
        await appendAudit(db, {
          actor,
          action: change.action,
          subject: 'settings:signing.certificate',
          summary: change.replaced ? 'signing certificate replaced' : 'signing certificate imported',
          before: change.replaced ? { fingerprint: change.replaced } : null,
          after: { fingerprint: change.fingerprint, ...(change.nameConfirmed ? { nameConfirmed: change.nameConfirmed } : {}) },
        });
        return;
      case 'signing.certificate-removed':
        await appendAudit(db, { actor, action: change.action, subject: 'settings:signing.certificate', summary: 'signing certificate removed', before: { fingerprint: change.fingerprint }, after: null });
        return;
      case 'signing.refused':
        await appendAudit(db, { actor, action: change.action, subject: `letter:${change.letterId}`, summary: `signature refused: ${change.problem}`, after: { problem: change.problem } });
        return;
      case 'signing.pin-set':
        await appendAudit(db, { actor, action: change.action, subject: 'settings:signing.certificate', summary: change.changed ? 'signing PIN changed' : 'signing PIN set', after: { fingerprint: change.fingerprint } });
        return;
    }
  });
}
