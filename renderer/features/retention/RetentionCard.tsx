import { Alert, App, Button, Card, InputNumber, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Case } from '../../../shared/domain/case';
import { shanghaiDate, todayInShanghai } from '../../../shared/domain/time';
import { DEFAULT_RETENTION_YEARS, retentionEndsOn } from '../../../shared/retention/retentionPolicy';
import { database } from '../../db/database';
import { casesPastRetention, purgeCases, retentionYears } from '../../db/retention/retentionPurge';
import { writeSetting } from '../../db/settings';
import { can, readTeamSession } from '../../db/sync/teamSession';
import { useText } from '../../i18n/useText';
import { actorOf } from '../ui/useOfficer';

/**
 * 保存期限与清除 (policy 5.5.1): the retention period, the closed cases past
 * it for review, and the purge a manager confirms (the officer of a solo
 * store is its manager).
 */
export function RetentionCard() {
  const t = useText();
  const { message, modal } = App.useApp();
  const state = useLiveQuery(async () => {
    const db = database();
    const years = await retentionYears(db);
    const team = await readTeamSession(db);
    return { years, due: await casesPastRetention(db, todayInShanghai(Date.now()), years), manager: can(team, 'manage-settings') };
  });
  const [years, setYears] = useState<number | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  if (!state) return null;

  const confirmPurge = () =>
    modal.confirm({
      title: t('retention.confirmTitle', { count: selected.length }),
      content: t('retention.confirmBody'),
      okText: t('retention.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        setBusy(true);
        try {
          const db = database();
          const count = await purgeCases(db, selected, (await actorOf(db)) ?? 'CaseDesk');
          setSelected([]);
          void message.success(t('retention.purged', { count }));
        } catch (error) {
          void message.error(t('backup.failed', { reason: error instanceof Error ? error.message : String(error) }));
        } finally {
          setBusy(false);
        }
      },
    });

  return (
    <Card size="small" title={<h2 className="pane-title">{t('retention.title')}</h2>} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('retention.policy', { years: DEFAULT_RETENTION_YEARS })}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <label htmlFor="retention-years">{t('retention.period')}</label>
        <InputNumber id="retention-years" min={1} max={30} value={years ?? state.years} onChange={(v) => setYears(typeof v === 'number' ? v : null)} disabled={!state.manager} />
        <Button
          disabled={!state.manager || years === null || years === state.years}
          onClick={async () => {
            if (years === null) return;
            const db = database();
            await writeSetting(db, 'retentionYears', years, (await actorOf(db)) ?? 'CaseDesk');
            setYears(null);
            void message.success(t('common.savedOk'));
          }}
        >
          {t('retention.savePeriod')}
        </Button>
      </Space>
      {!state.manager ? <Alert type="info" showIcon message={t('retention.managerOnly')} style={{ marginBottom: 12 }} /> : null}
      <Typography.Title level={5} style={{ marginTop: 0 }} id="retention-due-title">
        {t('retention.due')} ({state.due.length})
      </Typography.Title>
      <Table<Case>
        size="small"
        rowKey="id"
        aria-labelledby="retention-due-title"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={state.due}
        locale={{ emptyText: t('retention.none') }}
        rowSelection={state.manager ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), getCheckboxProps: (c) => ({ 'aria-label': c.reference }) } : undefined}
        columns={[
          { title: t('retention.reference'), dataIndex: 'reference' },
          { title: t('retention.type'), key: 'type', render: (_, c) => t(`requestType.${c.requestType}`) },
          { title: t('retention.closedAt'), key: 'closed', render: (_, c) => (c.closedAt ? shanghaiDate(c.closedAt) : '') },
          { title: t('retention.expiredOn'), key: 'expired', render: (_, c) => (c.closedAt ? retentionEndsOn(c.closedAt, state.years) : '') },
        ]}
      />
      {state.manager ? (
        <Button danger style={{ marginTop: 12 }} disabled={selected.length === 0 || busy} loading={busy} onClick={confirmPurge}>
          {t('retention.purge')}
        </Button>
      ) : null}
    </Card>
  );
}
