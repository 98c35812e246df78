import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useState, type DragEvent, type ReactNode } from 'react';
import type { MailFile } from '../../../shared/intake';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { mailFileOfPicked, readDroppedFiles } from './readDroppedFiles';

const MAIL_EXTENSIONS = ['eml', 'mbox', 'mbx', 'msg'];

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/**
 * Where mail comes in (SPEC §1: "drops one or many .eml files … onto the app
 * or picks them"): the whole email panel takes a drop; the marked zone says
 * so and holds the pick button, which goes through the platform's file dialog.
 */
export function MailDropZone({ onFiles, busy, limitMb, children }: { onFiles: (files: MailFile[]) => void; busy: boolean; limitMb: number | undefined; children?: ReactNode }) {
  const t = useText();
  const { message } = App.useApp();
  const errorText = usePlatformErrorText();
  const [over, setOver] = useState(false);

  const accept = (files: MailFile[]) => {
    if (busy) return void message.warning(t('intake.drop.busy'));
    if (files.length > 0) onFiles(files);
  };

  const onDrop = async (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setOver(false);
    const list = Array.from(event.dataTransfer.files);
    if (list.length === 0) return void message.warning(t('intake.drop.noFiles'));
    try {
      const { files, tooLarge } = await readDroppedFiles(list);
      if (tooLarge.length) void message.error(`${errorText({ code: 'too-large' })} ${tooLarge.join(t('intake.listSeparator'))}`);
      accept(files);
    } catch (error) {
      void message.error(t('intake.drop.readFailed', { detail: error instanceof Error ? error.message : String(error) }));
    }
  };

  const pick = async () => {
    const picked = await platform.openFiles({ title: t('intake.drop.pickTitle'), filters: [{ name: t('intake.drop.filterName'), extensions: MAIL_EXTENSIONS }], multiple: true });
    if (!picked.ok) {
      if (picked.error.code !== 'cancelled') void message.error(errorText(picked.error));
      return;
    }
    accept(picked.value.map(mailFileOfPicked));
  };

  return (
    <div
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => void onDrop(event)}
      data-testid="mail-drop-target"
    >
      <section
        aria-label={t('intake.drop.zoneLabel')}
        style={{
          border: `2px dashed ${over ? '#1f5fa8' : '#b8c4d4'}`,
          background: over ? '#eaf2fb' : '#fff',
          borderRadius: 6,
          padding: '20px 16px',
          marginBottom: 16,
          textAlign: 'center',
        }}
      >
        <Flex vertical align="center" gap={8}>
          <InboxOutlined aria-hidden style={{ fontSize: 36, color: '#1f5fa8' }} />
          <Typography.Text strong>{over ? t('intake.drop.dropping') : t('intake.drop.hint')}</Typography.Text>
          <Button type="primary" onClick={() => void pick()} disabled={busy}>
            {t('intake.drop.pick')}
          </Button>
          {limitMb !== undefined ? <Typography.Text type="secondary">{t('intake.drop.limit', { limit: limitMb })}</Typography.Text> : null}
        </Flex>
      </section>
      {children}
    </div>
  );
}
