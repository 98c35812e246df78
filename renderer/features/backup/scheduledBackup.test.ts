import '../../db/backup/test-support/browserBlobs';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../shared/backup/backupPolicy';
import { ok, type Result } from '../../../shared/platform/result';
import type { CaseDeskDatabase } from '../../db/database';
import { writeSetting } from '../../db/settings';
import { withFreshDatabase } from '../../db/test-support/freshDatabase';
import { runScheduledBackup, SCHEDULE_PASSPHRASE_SECRET } from './scheduledBackup';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const FAST = { N: 2 ** 10, r: 8, p: 1 };

function fakeFolder(files: string[], passphrase: string | null = 'scheduled passphrase') {
  const state = { folder: '/backups', files: [...files] };
  const asked: string[] = [];
  return {
    state,
    asked,
    backupFolderList: async () => ok({ ...state, files: [...state.files].sort() }),
    // the desktop's piecewise write, kept in memory: the file appears when the write is committed
    writing: new Map<string, { fileName: string; size: number }>(),
    backupWriteBegin: async function ({ fileName }: { fileName: string }) {
      const handle = crypto.randomUUID();
      this.writing.set(handle, { fileName, size: 0 });
      return ok({ handle });
    },
    backupWriteChunk: async function ({ handle, bytes }: { handle: string; bytes: Uint8Array }) {
      const w = this.writing.get(handle)!;
      w.size += bytes.byteLength;
      return ok({ written: w.size });
    },
    backupWriteEnd: async function ({ handle, commit }: { handle: string; commit: boolean }) {
      const w = this.writing.get(handle)!;
      this.writing.delete(handle);
      if (commit && w.size > 0) state.files.push(w.fileName);
      return ok({ savedAs: w.fileName, files: [...state.files].sort() });
    },
    backupFolderRemove: async ({ fileNames }: { fileNames: string[] }) => {
      state.files = state.files.filter((f) => !fileNames.includes(f));
      return ok({ ...state });
    },
    secretGet: async ({ name }: { name: string }): Promise<Result<{ value: string | null }>> => {
      asked.push(name);
      return ok({ value: passphrase });
    },
  };
}

const now = new Date('2026-12-10T03:00:00.000Z');
const day = (d: string) => backupFileName(new Date(`2026-12-${d}T03:00:00.000Z`));

describe('scheduled backups (desktop)', () => {
  it('do nothing until a schedule is set', async () => {
    expect(await runScheduledBackup(db, fakeFolder([]), '王', now, FAST)).toBe('off');
  });

  it('write a backup when one is due and keep only the newest ones of ours', async () => {
    await writeSetting(db, 'backupSchedule', { everyDays: 1, keep: 2 }, '王');
    const folder = fakeFolder([day('07'), day('08'), day('09')]);
    expect(await runScheduledBackup(db, folder, '王', now, FAST)).toBe('made');
    expect(folder.asked).toEqual([SCHEDULE_PASSPHRASE_SECRET]);
    expect(folder.state.files.sort()).toEqual([day('09'), backupFileName(now)].sort());
    // not again the same day
    expect(await runScheduledBackup(db, folder, '王', new Date('2026-12-10T09:00:00.000Z'), FAST)).toBe('not-due');
  });

  it('say why not when the passphrase is missing from the keychain', async () => {
    await writeSetting(db, 'backupSchedule', { everyDays: 1, keep: 2 }, '王');
    expect(await runScheduledBackup(db, fakeFolder([], null), '王', now, FAST)).toBe('no-passphrase');
  });
});
