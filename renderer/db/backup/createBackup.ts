import { exportDB } from 'dexie-export-import';
import { encryptBackup, type BackupOptions } from '../../../shared/backup/backupFormat';
import { backupFileName, passphraseProblem } from '../../../shared/backup/backupPolicy';
import { appendAudit } from '../audit';
import type { CaseDeskDatabase } from '../database';
import { readTeamSession } from '../sync/teamSession';
import { blobChunks, blobOf } from './blobStream';
import { TABLES_LEFT_OUT } from './backupTables';
import { LAST_BACKUP_KEY, type LastBackup } from './lastBackup';

/**
 * 备份 (issue 11): the whole store — records, blobs, settings (the calendar,
 * rules and templates among them), the audit log — exported by
 * dexie-export-import through the DBCore stack (so records leave as the app
 * holds them, not as this profile's ciphertext), then encrypted under the
 * officer's passphrase a frame at a time (shared/backup/backupFormat.ts).
 * Refused in a team: the team server is the record, backed up by the company.
 */
export class BackupRefusedError extends Error {
  constructor(readonly reason: 'team-mode' | 'weak-passphrase' | 'needs-confirmation' | 'safety-backup-failed') {
    super(`backup refused: ${reason}`);
    this.name = 'BackupRefusedError';
  }
}

export interface MadeBackup {
  blob: Blob;
  fileName: string;
  at: string;
}

/** dexie-export-import reads this many rows at a time: a chunk of blobs is held in memory while it is written out */
const ROWS_PER_CHUNK = 20;

export async function createBackup(
  db: CaseDeskDatabase,
  passphrase: string,
  actor: string,
  options: { now?: Date; scrypt?: BackupOptions['scrypt']; reason?: 'manual' | 'before-restore' } = {},
): Promise<MadeBackup> {
  if (await readTeamSession(db)) throw new BackupRefusedError('team-mode');
  if (passphraseProblem(passphrase)) throw new BackupRefusedError('weak-passphrase');
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const plain = await exportDB(db, { skipTables: [...TABLES_LEFT_OUT], numRowsPerChunk: ROWS_PER_CHUNK });
  const [cases, documents, events] = await Promise.all([db.cases.count(), db.documents.count(), db.auditLog.count()]);
  const blob = await blobOf(
    encryptBackup(blobChunks(plain), {
      passphrase,
      appSchema: db.verno,
      createdAt: at,
      about: { cases, documents, events },
      ...(options.scrypt ? { scrypt: options.scrypt } : {}),
    }),
  );
  const fileName = backupFileName(now, options.reason === 'before-restore' ? 'casedesk-before-restore' : 'casedesk-backup');
  await db.transaction('rw', [db.local, db.auditLog], async () => {
    const last: LastBackup = { at, fileName, bytes: blob.size };
    await db.local.put({ key: LAST_BACKUP_KEY, value: last });
    await appendAudit(db, {
      actor,
      at,
      action: 'backup.created',
      subject: 'store',
      summary: `backup ${fileName}: ${cases} cases, ${documents} documents, ${events} audit events`,
      after: { fileName, bytes: blob.size, cases, documents, events, reason: options.reason ?? 'manual' },
    });
  });
  return { blob, fileName, at };
}
