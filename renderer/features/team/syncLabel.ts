import type { TextKey } from '../../../shared/i18n/messages';
import type { SyncStatus } from '../../db/sync/engine';

/**
 * What the shell's indicator says, as text keys with their counts: the state,
 * what waits to go up, the conflicts. "已同步" is said only when nothing waits:
 * with changes still to go up the replication is caught up with the replica
 * but not with the officer, so it reads "同步中 · n 项待上传".
 */
export function syncLabelParts(status: Pick<SyncStatus, 'state' | 'pendingPush' | 'conflicts'>): { key: TextKey; count?: number }[] {
  const state = status.state === 'online' && status.pendingPush > 0 ? 'syncing' : status.state;
  const parts: { key: TextKey; count?: number }[] = [{ key: `team.status.${state}` }];
  if (status.pendingPush) parts.push({ key: 'team.pending', count: status.pendingPush });
  if (status.conflicts) parts.push({ key: 'team.conflictsCount', count: status.conflicts });
  return parts;
}
