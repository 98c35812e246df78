import { Alert, Button, Radio, Space, Table, message } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '../../db/database';
import { conflictsOfCase, resolveConflict } from '../../db/sync/conflicts';
import type { SyncConflict } from '../../db/sync/syncTables';
import { useText } from '../../i18n/useText';
import { useOfficerName } from '../ui/useOfficer';

/**
 * A case two colleagues changed offline (issue 10): shown on the case until an
 * officer resolves it, each differing field with the value in use and the
 * other version's, and the choice of which to keep.
 */
export function CaseConflictBanner({ caseId }: { caseId: string }) {
  const conflicts = useLiveQuery(() => conflictsOfCase(database(), caseId), [caseId]);
  if (!conflicts?.length) return null;
  return (
    <>
      {conflicts.map((conflict) => (
        <ConflictResolver key={conflict.docId} conflict={conflict} />
      ))}
    </>
  );
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function ConflictResolver({ conflict }: { conflict: SyncConflict }) {
  const t = useText();
  const actor = useOfficerName();
  const current = useLiveQuery(async () => {
    const [table, key] = [conflict.docId.slice(0, conflict.docId.indexOf(':')), conflict.docId.slice(conflict.docId.indexOf(':') + 1)];
    return (await database().table(table).get(key)) as Record<string, unknown> | undefined;
  }, [conflict.docId]);
  const loser = conflict.losers[0];
  const [choice, setChoice] = useState<Record<string, 'current' | 'other'>>({});
  // the lists of facts (pauses, extensions, Message-IDs) are merged already; the rest is the officer's choice
  const fields = conflict.differing.filter((f) => !['pauses', 'extensions', 'messageIds', 'items', 'decisions', 'overrides', 'updatedAt'].includes(f));
  const fieldLabel = (field: string) => (isLabelledField(field) ? t(`team.conflictFields.${field}`) : field);
  const resolve = async () => {
    if (!current || !actor) return;
    const chosen = { ...current };
    for (const field of fields) if (choice[field] === 'other' && loser?.row) chosen[field] = loser.row[field];
    await resolveConflict(database(), conflict.docId, chosen, actor);
    void message.success(t('team.conflictResolved'));
  };
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      message={t('team.conflictTitle')}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <span>{t('team.conflictBody')}</span>
          {fields.length ? (
            <Table
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={fields.map((field) => ({ field }))}
              columns={[
                { title: t('team.conflictField'), render: (_: unknown, row: { field: string }) => fieldLabel(row.field) },
                {
                  title: t('team.conflictThis', { by: conflict.winner.by, at: new Date(conflict.winner.at).toLocaleString() }),
                  render: (_: unknown, row: { field: string }) => shown(current?.[row.field]),
                },
                {
                  title: t('team.conflictOther', { by: loser?.by ?? '', at: loser ? new Date(loser.at).toLocaleString() : '' }),
                  render: (_: unknown, row: { field: string }) => shown(loser?.row?.[row.field]),
                },
                {
                  title: t('team.conflictKeep'),
                  render: (_: unknown, row: { field: string }) => (
                    <Radio.Group
                      aria-label={`${t('team.conflictKeep')}: ${fieldLabel(row.field)}`}
                      value={choice[row.field] ?? 'current'}
                      onChange={(e) => setChoice({ ...choice, [row.field]: e.target.value as 'current' | 'other' })}
                      options={[
                        { label: t('team.conflictUseThis'), value: 'current' },
                        { label: t('team.conflictUseOther'), value: 'other' },
                      ]}
                    />
                  ),
                },
              ]}
            />
          ) : null}
          <Button type="primary" onClick={() => void resolve()} disabled={!current || !actor}>
            {t('team.conflictResolve')}
          </Button>
        </Space>
      }
    />
  );
}

const LABELLED_FIELDS = [
  'channel',
  'receivedAt',
  'receivedAtSource',
  'requesterId',
  'requestType',
  'typeConfirmed',
  'gdpr',
  'subject',
  'summary',
  'status',
  'stage',
  'assignee',
  'verifiedAt',
  'targetDate',
  'dueDate',
  'outcome',
  'deletionGround',
  'refusalReasons',
  'closedAt',
  'needsReview',
  'receiptUnconfirmed',
] as const;

function isLabelledField(field: string): field is (typeof LABELLED_FIELDS)[number] {
  return (LABELLED_FIELDS as readonly string[]).includes(field);
}
