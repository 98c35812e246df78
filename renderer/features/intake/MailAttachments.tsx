import { DownloadOutlined } from '@ant-design/icons';
import { Button, Table, Typography } from 'antd';
import type { MailAttachment, RefusedAttachment } from '../../../shared/intake';
import { useText } from '../../i18n/useText';
import { formatBytes } from './formatBytes';
import { useSaveFile } from './useSaveFile';

/** A message's files with type, size and SHA-256 (SPEC §1), each saved through the platform, never opened inline. */
export function MailAttachments({ attachments, refused }: { attachments: readonly MailAttachment[]; refused: readonly RefusedAttachment[] }) {
  const t = useText();
  const save = useSaveFile();
  return (
    <section aria-labelledby="mail-attachments-title">
      <h3 id="mail-attachments-title" className="pane-title" style={{ margin: '12px 0 6px' }}>
        {t('intake.viewer.attachments')}
      </h3>
      <Table<MailAttachment>
        size="small"
        rowKey={(a) => `${a.sha256}-${a.fileName}`}
        pagination={false}
        dataSource={[...attachments]}
        locale={{ emptyText: t('intake.viewer.noAttachments') }}
        columns={[
          {
            title: t('intake.viewer.attachmentName'),
            key: 'name',
            render: (_, a) => (
              <>
                {a.fileName}
                {a.inline ? <Typography.Text type="secondary"> {t('intake.viewer.inline')}</Typography.Text> : null}
              </>
            ),
          },
          { title: t('intake.viewer.attachmentType'), dataIndex: 'mimeType', width: 150 },
          { title: t('intake.viewer.attachmentSize'), key: 'size', width: 90, render: (_, a) => formatBytes(a.size) },
          {
            title: t('cases.documents.sha256'),
            key: 'sha256',
            render: (_, a) => (
              <Typography.Text code copyable style={{ fontSize: 11, wordBreak: 'break-all' }}>
                {a.sha256}
              </Typography.Text>
            ),
          },
          {
            title: t('intake.viewer.save'),
            key: 'save',
            width: 80,
            render: (_, a) => <Button size="small" icon={<DownloadOutlined />} aria-label={t('intake.viewer.saveLabel', { name: a.fileName })} onClick={() => void save(a.fileName, a.bytes)} />,
          },
        ]}
      />
      {refused.length ? (
        <>
          <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
            {t('intake.viewer.refused')}
          </Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {refused.map((r) => (
              <li key={r.sha256}>
                {r.fileName} · {formatBytes(r.size)} ·{' '}
                <Typography.Text code style={{ fontSize: 11 }}>
                  {r.sha256}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
