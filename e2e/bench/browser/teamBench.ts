import { sha256Hex } from '../../../shared/audit/chain';
import type { CaseDocument } from '../../../shared/domain/document';
import type { CaseDeskDatabase } from '../../../renderer/db/database';

/**
 * The page's side of the team bench (issue 10, teamBench.ts): a document
 * with its bytes for every seeded case, so the first sync carries files as a
 * team's store does; and one change made here and waited for on another
 * workstation, timed on the browser's one clock.
 */
export function teamBench(db: CaseDeskDatabase) {
  return {
    /** A 2 KB .eml for every case of the store (setup, not measured). */
    async seedDocuments() {
      const cases = await db.cases.toCollection().primaryKeys();
      const now = new Date().toISOString();
      for (let at = 0; at < cases.length; at += 500) {
        const slice = cases.slice(at, at + 500).map(String);
        const blobs = slice.map((id) => ({ id: `d-${id}`, bytes: new TextEncoder().encode(`Subject: request ${id}\r\n\r\n${'申请查阅个人信息。'.repeat(80)}\r\n`) }));
        const documents: CaseDocument[] = blobs.map((b, i) => ({
          id: b.id,
          caseId: slice[i]!,
          kind: 'email',
          fileName: `${slice[i]}.eml`,
          mimeType: 'message/rfc822',
          size: b.bytes.length,
          sha256: sha256Hex(b.bytes),
          identityEvidence: false,
          addedAt: now,
          addedBy: 'bench',
        }));
        await db.transaction('rw', [db.documents, db.documentBlobs], async () => {
          await db.documents.bulkAdd(documents);
          await db.documentBlobs.bulkAdd(blobs);
        });
      }
      return cases.length;
    },
    /** Reopens the store so it sees this workstation's team membership (writes are then captured for the team). */
    async reopen() {
      db.close();
      await db.open();
      return db.capturing;
    },
    async caseCount() {
      return db.cases.count();
    },
    /** Files held here: a case arrives with its documents, but a document's bytes may follow it. */
    async blobCount() {
      return db.documentBlobs.count();
    },
    /** Changes one case's summary; answers the time the change was committed here. */
    async touchCase(id: string, summary: string) {
      // in a transaction, as the app's repositories write: it takes in the outbox, which the app's engine in this page watches
      await db.transaction('rw', [db.cases], () => db.cases.update(id, { summary }));
      return Date.now();
    },
    /** Waits until this workstation holds that summary; answers the time it was seen. */
    async seenCase(id: string, summary: string, timeoutMs: number) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if ((await db.cases.get(id))?.summary === summary) return Date.now();
        await new Promise((r) => setTimeout(r, 5));
      }
      return -1;
    },
  };
}
