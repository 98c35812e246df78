import './test-support/browserBlobs';
import { exportDB } from 'dexie-export-import';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupError, encryptBackup, type BackupErrorKind } from '../../../shared/backup/backupFormat';
import { verifyAuditLog } from '../audit/verifyStore';
import { CaseDeskDatabase } from '../database';
import { addIdentityEvidence } from '../identityEvidence';
import { registerPaperIntake, type PaperIntake } from '../intakePaper';
import { readSetting, writeSetting } from '../settings';
import { TEAM_SESSION_KEY } from '../sync/teamSession';
import { testDatabase, testStoreKeys } from '../test-support/freshDatabase';
import { blobChunks, blobOf } from './blobStream';
import { BackupRefusedError, createBackup, type MadeBackup } from './createBackup';
import { restoreBackup } from './restoreBackup';
import { digestTables } from './tableDigests';

// a small scrypt work factor keeps the tests quick; the file records it
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASS = '案件台的备份口令 2026';
const ACTOR = '王法务';

const scanBytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 13) & 0xff);
const letter: PaperIntake = {
  channel: 'postal',
  receivedDate: '2026-11-27',
  name: '陈静',
  address: '浙江省宁波市海曙区中山西路 1 号',
  postcode: '315000',
  phone: '+86 139-5740-1234',
  requestText: '本人申请删除贵司保存的我的手机号码及通话记录。',
  requestType: 'deletion',
  gdpr: false,
  scans: [{ name: '来信第1页.pdf', mimeType: 'application/pdf', bytes: scanBytes }],
};

const opened: CaseDeskDatabase[] = [];
async function store(seed: number): Promise<CaseDeskDatabase> {
  const db = testDatabase(undefined, testStoreKeys(seed));
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await CaseDeskDatabase.delete(db.name);
  }
});

async function filled(seed: number): Promise<CaseDeskDatabase> {
  const db = await store(seed);
  const c = await registerPaperIntake(db, letter, ACTOR, new Date('2026-11-30T02:00:00.000Z'));
  await addIdentityEvidence(db, c.id, { name: '身份证-330106199001011234.jpg', bytes: scanBytes.slice(0, 900) }, ACTOR);
  await registerPaperIntake(db, { ...letter, name: '李雷', phone: '13800001111', scans: [] }, ACTOR);
  await writeSetting(db, 'attachmentLimitMb', 25, ACTOR);
  await writeSetting(db, 'officer', { name: ACTOR, title: '法务专员' }, ACTOR);
  return db;
}

const save = async (_: MadeBackup) => undefined;

async function refusal(promise: Promise<unknown>): Promise<BackupErrorKind | string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackupError) return error.kind;
    if (error instanceof BackupRefusedError) return error.reason;
    throw error;
  }
  throw new Error('was not refused');
}

describe('backup and restore of the whole store', () => {
  let source: CaseDeskDatabase;
  beforeEach(async () => {
    source = await filled(1);
  });

  it('restores into an empty profile (another key) with every table digest equal and a verifying audit chain', async () => {
    const before = await digestTables(source);
    const backup = await createBackup(source, PASS, ACTOR, { scrypt: FAST });
    const target = await store(2);
    const report = await restoreBackup(target, backup.blob, { passphrase: PASS, actor: ACTOR, confirmedOverwrite: false, saveSafetyBackup: save, scrypt: FAST });
    expect(report.chainsSealed).toEqual([source.chain]);
    expect(report.chainsNotSealed).toEqual([]);
    expect(await digestTables(target, { leaveOutChain: target.chain })).toEqual(before);
    expect(before.documentBlobs?.rows).toBe(2);
    const verdict = await verifyAuditLog(target, { records: true });
    expect(verdict.chains.flatMap((c) => c.problems)).toEqual([]);
    expect(verdict.records).toEqual([]);
    expect(verdict.ok).toBe(true);
    // the records are readable and sealed again under the new store's key
    const requester = (await target.requesters.toArray()).find((r) => r.name === '陈静');
    expect(requester?.phone).toBe('13957401234');
    expect(await readSetting(target, 'attachmentLimitMb')).toBe(25);
    // the restore itself is in the restoring workstation's chain
    const own = await target.auditLog.where('chain').equals(target.chain).toArray();
    expect(own.map((e) => e.action)).toEqual(['backup.restored']);
  });

  it('records the backup as made (for the week-old reminder) and audits it', async () => {
    const backup = await createBackup(source, PASS, ACTOR, { scrypt: FAST, now: new Date('2026-12-01T08:00:00.000Z') });
    expect(backup.fileName).toBe('casedesk-backup-20261201-080000Z.cdbackup');
    expect((await source.local.get('lastBackup'))?.value).toMatchObject({ at: '2026-12-01T08:00:00.000Z', fileName: backup.fileName });
    expect((await source.auditLog.where('action').equals('backup.created').toArray()).map((e) => e.summary)).toEqual([
      `backup ${backup.fileName}: 2 cases, 2 documents, ${(await source.auditLog.count()) - 1} audit events`,
    ]);
  });

  describe('refuses, changing nothing', () => {
    let backup: MadeBackup;
    let target: CaseDeskDatabase;
    let untouched: Awaited<ReturnType<typeof digestTables>>;
    beforeEach(async () => {
      backup = await createBackup(source, PASS, ACTOR, { scrypt: FAST });
      target = await filled(3);
      untouched = await digestTables(target);
    });
    const restore = (file: Blob, passphrase = PASS) =>
      restoreBackup(target, file, { passphrase, actor: ACTOR, confirmedOverwrite: true, saveSafetyBackup: save, scrypt: FAST });
    afterEach(async () => {
      expect(await digestTables(target)).toEqual(untouched);
    });

    it('a wrong passphrase', async () => {
      expect(await refusal(restore(backup.blob, 'not the passphrase'))).toBe('wrong-passphrase');
    });

    it('a truncated file', async () => {
      expect(await refusal(restore(backup.blob.slice(0, backup.blob.size - 100)))).toBe('truncated');
    });

    it('an altered file', async () => {
      const bytes = new Uint8Array(await backup.blob.arrayBuffer());
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = (bytes[middle] ?? 0) ^ 0x40;
      expect(await refusal(restore(new Blob([bytes])))).toBe('altered');
    });

    it('a backup from a newer version of the store', async () => {
      const newer = await blobOf(encryptBackup(blobChunks(await exportDB(source)), { passphrase: PASS, appSchema: source.verno + 1, createdAt: new Date().toISOString(), scrypt: FAST }));
      expect(await refusal(restore(newer))).toBe('newer-version');
    });

    it('a store that holds data, without the officer’s confirmation', async () => {
      expect(await refusal(restoreBackup(target, backup.blob, { passphrase: PASS, actor: ACTOR, confirmedOverwrite: false, saveSafetyBackup: save, scrypt: FAST }))).toBe('needs-confirmation');
    });

    it('when the automatic backup taken first cannot be saved', async () => {
      const failing = async () => {
        throw new Error('disk full');
      };
      const result = await refusal(restoreBackup(target, backup.blob, { passphrase: PASS, actor: ACTOR, confirmedOverwrite: true, saveSafetyBackup: failing, scrypt: FAST }));
      expect(result).toBe('safety-backup-failed');
      // the automatic backup was made (and audited) before saving it failed: only the audit log moved
      const after = await digestTables(target);
      expect(Object.keys(after).filter((t) => after[t]?.sha256 !== untouched[t]?.sha256)).toEqual(['auditHeads', 'auditLog']);
      expect(await target.requesters.count()).toBe(2);
      untouched = after;
    });

    it('in a team (the team server is the record)', async () => {
      await target.local.put({
        key: TEAM_SESSION_KEY,
        value: { serverUrl: 'https://couch.example', database: 'casedesk', username: 'wang', displayName: '王法务', roles: ['officer'], chain: 'wang-abcdef12', joinedAt: '2026-12-01T00:00:00Z' },
      });
      expect(await refusal(restore(backup.blob))).toBe('team-mode');
      expect(await refusal(createBackup(target, PASS, ACTOR, { scrypt: FAST }))).toBe('team-mode');
    });
  });

  it('over a store with data, once confirmed, first takes a backup of it that restores what was there', async () => {
    const backup = await createBackup(source, PASS, ACTOR, { scrypt: FAST });
    const target = await filled(4);
    const wasThere = await digestTables(target);
    let safety: MadeBackup | undefined;
    const report = await restoreBackup(target, backup.blob, {
      passphrase: PASS,
      actor: ACTOR,
      confirmedOverwrite: true,
      saveSafetyBackup: async (b) => {
        safety = b;
      },
      scrypt: FAST,
    });
    expect(report.safetyBackup?.fileName).toMatch(/^casedesk-before-restore-/);
    expect((await target.requesters.toArray()).map((r) => r.name).sort()).toEqual(['李雷', '陈静']);
    expect((await verifyAuditLog(target, { records: true })).ok).toBe(true);
    // the automatic backup brings the replaced store back
    const elsewhere = await store(5);
    await restoreBackup(elsewhere, safety!.blob, { passphrase: PASS, actor: ACTOR, confirmedOverwrite: false, saveSafetyBackup: save, scrypt: FAST });
    const back = await digestTables(elsewhere, { leaveOutChain: elsewhere.chain });
    // the safety backup was made after wasThere was read, so it holds one more event: its own creation is not in it, but nothing else differs
    expect(Object.keys(back).filter((t) => back[t]?.sha256 !== wasThere[t]?.sha256)).toEqual([]);
  });
});
