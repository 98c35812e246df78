import { App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isVoided } from '../../../shared/cases/lifecycle';
import type { Case } from '../../../shared/domain/case';
import { shanghaiDateTime } from '../../../shared/domain/time';
import type { UnsortedFile } from '../../../shared/domain/unsortedFile';
import { database } from '../../db/database';
import { attachUnsortedFile, discardUnsortedFile, waitingUnsortedFiles } from '../../db/unsortedFiles';
import { useText } from '../../i18n/useText';
import { CasePicker } from '../cases/CasePicker';
import { FilePreview, previewKind } from '../cases/FilePreview';
import { useOfficerName } from '../ui/useOfficer';
import { validFields } from '../ui/validFields';
import { formatBytes } from './formatBytes';

type Acting = { file: UnsortedFile; action: 'attach' | 'discard' };
interface TrayForm {
  caseId?: string;
  reason?: string;
}

/** A case a file may be attached to: any case whose data is still held, closed ones included (a late document). */
const attachable = (c: Case) => !c.purgedAt && !isVoided(c);

/**
 * 未归类材料 (issue 14, point 3): the files dropped on intake that are not
 * mail. None opened a case; each waits here until an officer attaches it to
 * the case it belongs to or discards it with a reason.
 */
export function UnsortedTray() {
  const t = useText();
  const { message } = App.useApp();
  const actor = useOfficerName();
  const files = useLiveQuery(() => waitingUnsortedFiles(database()), []);
  const [acting, setActing] = useState<Acting | null>(null);
  const [viewing, setViewing] = useState<UnsortedFile | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<TrayForm>();

  if (!files?.length) return null;

  const start = (file: UnsortedFile, action: Acting['action']) => {
    form.resetFields();
    setActing({ file, action });
  };

  const save = async () => {
    const values = await validFields(form);
    if (!values || !acting || !actor) return;
    setSaving(true);
    try {
      const db = database();
      if (acting.action === 'attach') {
        await attachUnsortedFile(db, acting.file.id, values.caseId!, actor);
        const target = await db.cases.get(values.caseId!);
        void message.success(t('intake.unsorted.attached', { reference: target?.reference ?? '' }));
      } else {
        await discardUnsortedFile(db, acting.file.id, values.reason!, actor);
        void message.success(t('intake.unsorted.discarded'));
      }
      setActing(null);
    } catch (error) {
      void message.error(t('intake.unsorted.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={<h2 className="pane-title">{t('intake.unsorted.title')}</h2>} style={{ marginBottom: 16 }} data-testid="unsorted-tray">
      <Typography.Paragraph type="secondary">{t('intake.unsorted.hint')}</Typography.Paragraph>
      <Table<UnsortedFile>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={files}
        columns={[
          {
            title: t('intake.unsorted.column.file'),
            key: 'file',
            render: (_, f) =>
              previewKind(f.mimeType) ? (
                <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} aria-label={t('intake.unsorted.preview', { name: f.fileName })} onClick={() => setViewing(f)}>
                  {f.fileName}
                </Button>
              ) : (
                <Typography.Text style={{ wordBreak: 'break-all' }}>{f.fileName}</Typography.Text>
              ),
          },
          { title: t('intake.unsorted.column.kind'), key: 'kind', width: 140, render: (_, f) => <Tag>{t(`intake.unsorted.kind.${f.kind}`)}</Tag> },
          { title: t('intake.unsorted.column.size'), key: 'size', width: 100, render: (_, f) => formatBytes(f.size) },
          { title: t('intake.unsorted.column.addedAt'), key: 'addedAt', width: 170, render: (_, f) => shanghaiDateTime(f.addedAt) },
          {
            title: t('intake.unsorted.column.actions'),
            key: 'actions',
            width: 220,
            render: (_, f) => (
              <Space wrap>
                <Button size="small" aria-label={t('intake.unsorted.attachLabel', { name: f.fileName })} onClick={() => start(f, 'attach')}>
                  {t('intake.unsorted.attach')}
                </Button>
                <Button size="small" danger aria-label={t('intake.unsorted.discardLabel', { name: f.fileName })} onClick={() => start(f, 'discard')}>
                  {t('intake.unsorted.discard')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={acting !== null}
        title={acting ? t(acting.action === 'attach' ? 'intake.unsorted.attachTitle' : 'intake.unsorted.discardTitle', { name: acting.file.fileName }) : ''}
        okText={acting?.action === 'discard' ? t('intake.unsorted.discard').replace('…', '') : t('common.save')}
        okButtonProps={{ danger: acting?.action === 'discard' }}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        onOk={() => void save()}
        onCancel={() => setActing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark={false}>
          {acting?.action === 'attach' ? (
            <>
              <Typography.Paragraph type="secondary">{t('intake.unsorted.attachHelp')}</Typography.Paragraph>
              <Form.Item name="caseId" label={t('intake.unsorted.caseField')} rules={[{ required: true, message: t('intake.unsorted.required') }]}>
                <CasePicker accept={attachable} placeholder={t('intake.unsorted.casePlaceholder')} ariaLabel={t('intake.unsorted.caseField')} />
              </Form.Item>
            </>
          ) : (
            <>
              <Typography.Paragraph type="secondary">{t('intake.unsorted.discardHelp')}</Typography.Paragraph>
              <Form.Item name="reason" label={t('intake.unsorted.discardReason')} rules={[{ required: true, whitespace: true, message: t('intake.unsorted.required') }, { max: 2000 }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
      {viewing ? <FilePreview open blobId={viewing.id} fileName={viewing.fileName} mimeType={viewing.mimeType} onClose={() => setViewing(null)} /> : null}
    </Card>
  );
}
