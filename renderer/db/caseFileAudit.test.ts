import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/audit/chain';
import { verifyAuditLog } from './audit/verifyStore';
import { recordCaseFileExported } from './caseFileAudit';
import type { CaseDeskDatabase } from './database';
import { withFreshDatabase } from './test-support/freshDatabase';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

describe('the case file (案卷) leaving the store', () => {
  it('is audited on the case: who, and the digest of the file that left — not its content', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 张晓明 11010519491231002X');
    await recordCaseFileExported(db, 'c-1', pdf, 2, '王敏');
    const [event] = await db.auditLog.where('refs').equals('case:c-1').toArray();
    expect(event).toMatchObject({ action: 'case.file-exported', actor: '王敏', after: { sha256: sha256Hex(pdf), bytes: pdf.byteLength } });
    expect(JSON.stringify(event)).not.toMatch(/张晓明|11010519491231002X/);
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });
});
