import './test-support/browserBlobs';
import { describe, expect, it } from 'vitest';
import { CaseDeskDatabase } from '../database';
import { registerPaperIntake } from '../intakePaper';
import { writeSetting } from '../settings';
import { testDatabase, testStoreKeys } from '../test-support/freshDatabase';
import { createBackup } from './createBackup';
import { restoreBackup } from './restoreBackup';
import { digestTables } from './tableDigests';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('a store larger than one import chunk', () => {
  it('comes back whole', async () => {
    const source = testDatabase(undefined, testStoreKeys(1));
    await source.open();
    for (let i = 0; i < 12; i++) {
      const bytes = Uint8Array.from({ length: 300_000 }, (_, j) => (i * 7 + j) & 0xff);
      await registerPaperIntake(source, { channel: 'postal', receivedDate: '2026-11-27', name: `张${i}`, requestText: '删除', requestType: 'deletion', gdpr: false, scans: [{ name: `s${i}.pdf`, mimeType: 'application/pdf', bytes }] }, '王');
    }
    await writeSetting(source, 'attachmentLimitMb', 25, '王');
    const before = await digestTables(source);
    const backup = await createBackup(source, 'a long passphrase', '王', { scrypt: FAST });
    const target = testDatabase(undefined, testStoreKeys(2));
    await target.open();
    await restoreBackup(target, backup.blob, { passphrase: 'a long passphrase', actor: '王', confirmedOverwrite: false, saveSafetyBackup: async () => undefined, scrypt: FAST });
    expect(await digestTables(target, { leaveOutChain: target.chain })).toEqual(before);
    for (const db of [source, target]) {
      db.close();
      await CaseDeskDatabase.delete(db.name);
    }
  }, 60_000);
});
