import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../features/intake/importReport';
import type { CaseDeskDatabase } from './database';
import { clearImportReport, saveImportReport, storedImportReport } from './intakeReports';
import { testDatabase, withFreshDatabase } from './test-support/freshDatabase';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const report: ImportReport = {
  rows: [{ index: 0, fileName: '身份证明.pdf', outcome: 'unsorted', fileId: 'f1', kind: 'pdf', code: 'not-a-message' }],
  counts: { messages: 0, unsorted: { pdf: 1, image: 0, other: 0 }, created: 0, joined: 0, duplicates: 0, failed: 0, notSaved: 0, needsReview: 0, attachmentsRefused: 0 },
  durationMs: 1200,
};

describe('the last import’s review, kept until cleared (issue 14)', () => {
  it('is read back by another connection (the app started again), and gone once cleared', async () => {
    await saveImportReport(db, report);
    const again = testDatabase(db.name);
    try {
      expect(await storedImportReport(again)).toEqual(report);
      // sealed at rest: the stored row shows only its key and time
      const raw = await new Promise<Record<string, unknown>>((resolve, reject) => {
        const request = indexedDB.open(db.name);
        request.onsuccess = () => {
          const get = request.result.transaction('intakeReports').objectStore('intakeReports').get('last');
          get.onsuccess = () => {
            resolve(get.result as Record<string, unknown>);
            request.result.close();
          };
          get.onerror = () => reject(get.error);
        };
        request.onerror = () => reject(request.error);
      });
      expect(JSON.stringify(raw)).not.toContain('身份证明');
      await clearImportReport(again);
      expect(await storedImportReport(db)).toBeUndefined();
    } finally {
      again.close();
    }
  });
});
