import { App, Button, Card, Divider, Form, Input, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { database } from '../../db/database';
import { writeSetting } from '../../db/settings';
import { useText } from '../../i18n/useText';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { loadSampleData } from './loadSampleData';
import { validFields } from '../ui/validFields';

// fetched only when asked for: the restore brings the export library, which the first start does not need
const RestoreForm = lazy(() => import('../backup/RestoreForm'));

interface OfficerForm {
  name: string;
  title: string;
}

/** First start: who is using this workstation, and a store with sample cases or an empty one. */
export function FirstRunPage() {
  const t = useText();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficerForm>();
  const [busy, setBusy] = useState<'sample' | 'empty' | null>(null);
  const [restoring, setRestoring] = useState(false);

  const finish = async (withSample: boolean) => {
    const officer = await validFields(form);
    if (!officer) return;
    setBusy(withSample ? 'sample' : 'empty');
    try {
      const db = database();
      const name = officer.name.trim();
      await writeSetting(db, 'officer', { name, title: officer.title.trim() }, name);
      if (withSample) {
        const count = await loadSampleData(db, name);
        void message.success(t('firstRun.loaded', { count }));
      }
      await writeSetting(db, 'firstRunDone', true, name);
    } finally {
      setBusy(null);
    }
  };

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f3f7' }}>
      <Card style={{ width: 560 }} title={<Typography.Title level={3} style={{ margin: 0 }}>{t('firstRun.title')}</Typography.Title>} extra={<LanguageSwitch />}>
        <Typography.Paragraph>{t('firstRun.intro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ name: '', title: t('firstRun.officerTitleDefault') }} requiredMark={false}>
          <Form.Item
            name="name"
            label={t('firstRun.officerName')}
            extra={t('firstRun.officerNameHint')}
            rules={[{ required: true, whitespace: true, message: t('firstRun.officerNameRequired') }, { max: 100 }]}
          >
            <Input autoFocus autoComplete="name" />
          </Form.Item>
          <Form.Item name="title" label={t('firstRun.officerTitle')} rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary">{t('firstRun.loadSampleHint')}</Typography.Paragraph>
        <Space>
          <Button type="primary" loading={busy === 'sample'} disabled={busy !== null} onClick={() => void finish(true)}>
            {t('firstRun.loadSample')}
          </Button>
          <Button loading={busy === 'empty'} disabled={busy !== null} onClick={() => void finish(false)}>
            {t('firstRun.startEmpty')}
          </Button>
          <Button type="link" disabled={busy !== null} aria-expanded={restoring} onClick={() => setRestoring((r) => !r)}>
            {t('firstRun.restoreFromBackup')}
          </Button>
        </Space>
        {restoring ? (
          <>
            <Divider />
            <Typography.Paragraph type="secondary">{t('firstRun.restoreHint')}</Typography.Paragraph>
            <Suspense fallback={<Spin />}>
              {/* the restored settings name the officer and end the first run; the restore's event names who typed their name here, if anyone */}
              <RestoreForm actor={async () => (form.getFieldValue('name') as string | undefined)?.trim() || 'CaseDesk'} />
            </Suspense>
          </>
        ) : null}
      </Card>
    </main>
  );
}
