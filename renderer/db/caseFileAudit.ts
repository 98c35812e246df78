import { sha256Hex } from '../../shared/audit/chain';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';

/**
 * Issue 14: saving the case file (案卷) discloses the whole case — its
 * requester, timeline, documents and letters — so it is audited like any
 * export: who, which case, and the SHA-256 of the file that left, never its
 * content or the name it was saved under (a path can name a person).
 */
export async function recordCaseFileExported(db: CaseDeskDatabase, caseId: string, pdf: Uint8Array, letters: number, actor: string): Promise<void> {
  const reference = (await db.cases.get(caseId))?.reference ?? caseId;
  await db.transaction('rw', [db.auditLog], () =>
    appendAudit(db, {
      actor,
      action: 'case.file-exported',
      subject: `case:${caseId}`,
      summary: `case file of ${reference} exported (${letters} signed letters appended)`,
      after: { sha256: sha256Hex(pdf), bytes: pdf.byteLength },
    }),
  );
}
