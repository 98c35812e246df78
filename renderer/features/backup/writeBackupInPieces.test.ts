import '../../db/backup/test-support/browserBlobs';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/platform/result';
import { writeBackupInPieces, type BackupWriter } from './writeBackupInPieces';

function fakeDesktop(failAtPiece = -1) {
  const pieces: Uint8Array[] = [];
  const ends: boolean[] = [];
  const writer: BackupWriter = {
    backupWriteBegin: async () => ok({ handle: '00000000-0000-4000-8000-000000000000' }),
    backupWriteChunk: async ({ bytes }) => {
      if (pieces.length === failAtPiece) return fail('io-failed', 'ENOSPC');
      pieces.push(bytes);
      return ok({ written: pieces.reduce((n, p) => n + p.byteLength, 0) });
    },
    backupWriteEnd: async ({ commit }) => {
      ends.push(commit);
      return commit ? ok({ savedAs: 'b.cdbackup', files: [] }) : fail('cancelled');
    },
  };
  return { writer, pieces, ends };
}

const content = new Uint8Array(2500).map((_, i) => (i * 7) % 256);
const target = { fileName: 'casedesk-backup-20261202-103000Z.cdbackup', to: 'dialog' as const, title: '保存备份' };

describe('a backup handed to the desktop in pieces', () => {
  it('goes in order, each piece at most the size asked, and is committed whole', async () => {
    const desktop = fakeDesktop();
    expect(await writeBackupInPieces(desktop.writer, new Blob([content]), target, 1000)).toEqual({ ok: true, value: { savedAs: 'b.cdbackup', files: [] } });
    expect(desktop.pieces.map((p) => p.byteLength)).toEqual([1000, 1000, 500]);
    expect(new Uint8Array(await new Blob(desktop.pieces.map((p) => new Uint8Array(p))).arrayBuffer())).toEqual(content);
    expect(desktop.ends).toEqual([true]);
  });

  it('abandons the file when a piece fails (a full disk), and says why', async () => {
    const desktop = fakeDesktop(1);
    expect(await writeBackupInPieces(desktop.writer, new Blob([content]), target, 1000)).toEqual({ ok: false, error: { code: 'io-failed', detail: 'ENOSPC' } });
    expect(desktop.ends).toEqual([false]);
  });
});
