import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Typography } from 'antd';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { formatBytes } from './formatBytes';
import { scanTypeOf, type ScanType } from './paperValidation';

export interface Scan {
  key: string;
  name: string;
  mimeType: ScanType;
  bytes: Uint8Array;
}

const SCAN_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'];

/**
 * The scans of a letter (SPEC §1 Postal: "scans attached (PDF, JPEG, PNG)",
 * several pages), picked through the platform's dialog. A file that is not a
 * PDF, JPEG or PNG by its bytes, or is over the attachment limit, is refused
 * with its reason; the others are added. A form control (value/onChange), so
 * the form validates it with the other fields.
 */
export function ScanField({ value = [], onChange, limitMb, id }: { value?: Scan[]; onChange?: (scans: Scan[]) => void; limitMb: number; id?: string }) {
  const t = useText();
  const { message } = App.useApp();
  const errorText = usePlatformErrorText();

  const add = async () => {
    const picked = await platform.openFiles({ title: t('intake.paper.addScans'), filters: [{ name: t('intake.paper.scansFilter'), extensions: SCAN_EXTENSIONS }], multiple: true });
    if (!picked.ok) {
      if (picked.error.code !== 'cancelled') void message.error(errorText(picked.error));
      return;
    }
    const added: Scan[] = [];
    for (const file of picked.value) {
      const mimeType = scanTypeOf(file.bytes);
      if (!mimeType) {
        void message.error(t('intake.validation.scanType', { name: file.name }));
        continue;
      }
      if (file.bytes.byteLength > limitMb * 1024 * 1024) {
        void message.error(t('intake.validation.scanTooLarge', { name: file.name, size: formatBytes(file.bytes.byteLength), limit: limitMb }));
        continue;
      }
      added.push({ key: crypto.randomUUID(), name: file.name, mimeType, bytes: file.bytes });
    }
    if (added.length) onChange?.([...value, ...added]);
  };

  return (
    <Flex vertical gap={6} id={id}>
      <span>
        <Button icon={<UploadOutlined />} onClick={() => void add()}>
          {t('intake.paper.addScans')}
        </Button>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {t('intake.paper.scansHint')}
        </Typography.Text>
      </span>
      <List
        size="small"
        bordered
        locale={{ emptyText: t('intake.paper.noScans') }}
        dataSource={value}
        renderItem={(scan) => (
          <List.Item
            actions={[
              <Button
                key="remove"
                type="text"
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('intake.paper.removeScan', { name: scan.name })}
                onClick={() => onChange?.(value.filter((s) => s.key !== scan.key))}
              />,
            ]}
          >
            <Typography.Text>{scan.name}</Typography.Text>
            <Typography.Text type="secondary">
              {scan.mimeType} · {formatBytes(scan.bytes.byteLength)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Flex>
  );
}
