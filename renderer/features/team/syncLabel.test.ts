import { describe, expect, it } from 'vitest';
import { syncLabelParts } from './syncLabel';

describe("the sync indicator's words", () => {
  it('never says 已同步 while changes wait to go up', () => {
    expect(syncLabelParts({ state: 'online', pendingPush: 3, conflicts: 0 })).toEqual([{ key: 'team.status.syncing' }, { key: 'team.pending', count: 3 }]);
    expect(syncLabelParts({ state: 'online', pendingPush: 0, conflicts: 0 })).toEqual([{ key: 'team.status.online' }]);
  });

  it('keeps offline and stopped as they are, with what waits and the conflicts', () => {
    expect(syncLabelParts({ state: 'offline', pendingPush: 2, conflicts: 1 })).toEqual([
      { key: 'team.status.offline' },
      { key: 'team.pending', count: 2 },
      { key: 'team.conflictsCount', count: 1 },
    ]);
    expect(syncLabelParts({ state: 'stopped', pendingPush: 0, conflicts: 0 })).toEqual([{ key: 'team.status.stopped' }]);
  });
});
