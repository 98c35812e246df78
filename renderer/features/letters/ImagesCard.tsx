import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { database } from '../../db/database';
import { saveLetterImage, type StoredImage } from '../../db/lettersSettings';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { useOfficerName } from '../ui/useOfficer';
import { pngInfo } from './pngInfo';
import { useLetterSettings } from './useLetterSettings';

type Which = 'signature' | 'seal';

function Preview({ image, alt }: { image: StoredImage; alt: string }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([image.png.slice()], { type: 'image/png' })), [image]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  // a checkerboard behind the image shows where it is transparent
  return (
    <img
      src={url}
      alt={alt}
      style={{ maxHeight: 96, maxWidth: 220, background: 'repeating-conic-gradient(#eee 0% 25%, #fff 0% 50%) 50% / 12px 12px', border: '1px solid #f0f0f0' }}
    />
  );
}

/** The officer's handwritten signature and the company seal, PNG with transparency, printed in every sign-off (SPEC §4). */
export function ImagesCard() {
  const t = useText();
  const { message } = App.useApp();
  const platformErrorText = usePlatformErrorText();
  const actor = useOfficerName();
  const images = useLetterSettings()?.images ?? {};
  const [problem, setProblem] = useState<string | null>(null);

  const upload = async (which: Which, label: string) => {
    setProblem(null);
    const picked = await platform.openFiles({ title: t('letters.settings.uploadTitle', { image: label }), filters: [{ name: 'PNG', extensions: ['png'] }], multiple: false });
    if (!picked.ok) {
      if (picked.error.code !== 'cancelled') setProblem(platformErrorText(picked.error));
      return;
    }
    const file = picked.value[0];
    if (!file || !actor) return;
    const info = pngInfo(file.bytes);
    if (!info) return setProblem(t('letters.settings.notPng', { name: file.name }));
    await saveLetterImage(database(), which, { png: file.bytes, ...info }, actor);
    void message.success(t('letters.settings.saved'));
  };

  const remove = async (which: Which) => {
    if (actor) await saveLetterImage(database(), which, undefined, actor);
  };

  return (
    <Card size="small" title={<h2 className="pane-title">{t('letters.settings.images')}</h2>}>
      <Typography.Paragraph type="secondary">{t('letters.settings.imagesIntro')}</Typography.Paragraph>
      {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} role="alert" /> : null}
      <Space size="large" wrap align="start">
        {(['signature', 'seal'] as const).map((which) => {
          const label = t(which === 'signature' ? 'letters.settings.signatureImage' : 'letters.settings.sealImage');
          const image = images[which];
          return (
            <section key={which} aria-label={label} style={{ minWidth: 240 }}>
              <Typography.Text strong>{label}</Typography.Text>
              <div style={{ margin: '8px 0' }}>
                {image ? (
                  <Space direction="vertical" size={4}>
                    <Preview image={image} alt={label} />
                    <Typography.Text type="secondary">{t('letters.settings.imageSize', { width: image.width, height: image.height })}</Typography.Text>
                    {image.hasAlpha ? null : <Alert type="warning" showIcon message={t('letters.settings.opaque')} />}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('letters.settings.noImage')}</Typography.Text>
                )}
              </div>
              <Space>
                <Button onClick={() => void upload(which, label)}>{t('letters.settings.upload', { image: label })}</Button>
                {image ? <Button onClick={() => void remove(which)}>{t('letters.settings.remove', { image: label })}</Button> : null}
              </Space>
            </section>
          );
        })}
      </Space>
    </Card>
  );
}
