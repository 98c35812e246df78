import { Alert, Button, Card, Input, Space, Typography, message } from 'antd';
import { useState } from 'react';
import type { StoreFailure } from '../../db/unlockStore';
import { salvageStore } from '../../db/salvage';
import { DATABASE_NAME } from '../../db/database';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';

/**
 * What the officer sees when the case store cannot be opened (issue 11):
 * what happened in their language, the error to copy for support, and the
 * two ways out — export what can still be read, restore from a backup —
 * instead of a spinner that never ends.
 */
export function StoreFailurePage({ failure, onRetry, onRestore }: { failure: StoreFailure; onRetry: () => void; onRestore?: () => void }) {
  const t = useText();
  const [busy, setBusy] = useState(false);
  const exportReadable = async () => {
    setBusy(true);
    try {
      const report = await salvageStore(DATABASE_NAME, undefined);
      const count = Object.values(report.stores).reduce((n, s) => n + s.rows.length, 0);
      const unreadable = Object.values(report.stores).reduce((n, s) => n + s.unreadable, 0);
      const saved = await platform.saveFile({
        title: t('store.exportReadable'),
        suggestedName: `casedesk-salvage-${report.exportedAt.slice(0, 10)}.json`,
        filters: [{ name: 'JSON', extensions: ['json'] }],
        bytes: new TextEncoder().encode(JSON.stringify(report)),
      });
      if (saved.ok) void message.success(t('store.exportedReadable', { count, unreadable }));
      else if (saved.error.code !== 'cancelled') void message.error(t('store.exportFailed', { reason: saved.error.code }));
    } catch (error) {
      void message.error(t('store.exportFailed', { reason: error instanceof Error ? error.name : 'error' }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main style={{ maxWidth: 760, margin: '48px auto', padding: 16 }}>
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t('store.failureTitle')}
        </Typography.Title>
        <Alert type="error" showIcon message={t(`store.failure.${failure.kind}`)} style={{ marginBottom: 16 }} />
        <Typography.Paragraph>{t('store.whatToDo')}</Typography.Paragraph>
        <label htmlFor="store-error-detail">
          <Typography.Text strong>{t('store.errorDetail')}</Typography.Text>
        </label>
        <Input.TextArea id="store-error-detail" readOnly value={`${failure.kind}\n${failure.detail}`} autoSize={{ minRows: 2, maxRows: 6 }} style={{ margin: '8px 0 16px' }} />
        <Space wrap>
          <Button
            onClick={async () => {
              await navigator.clipboard?.writeText(`${failure.kind}\n${failure.detail}`).catch(() => undefined);
              void message.success(t('store.copied'));
            }}
          >
            {t('store.copyError')}
          </Button>
          <Button onClick={() => void exportReadable()} loading={busy} disabled={failure.kind === 'unavailable'}>
            {t('store.exportReadable')}
          </Button>
          {onRestore ? <Button onClick={onRestore}>{t('store.restoreFromBackup')}</Button> : null}
          <Button type="primary" onClick={onRetry}>
            {t('store.retry')}
          </Button>
        </Space>
      </Card>
    </main>
  );
}
