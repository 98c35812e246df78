import { FileSearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { VerifyResult } from './VerifyResult';
import type { useVerifier } from './useVerifier';

/** Verify any PDF, ours or one sent back to us (SPEC §4): picked here, or dropped anywhere on the Letters page. */
export function VerifyTab({ verifier }: { verifier: ReturnType<typeof useVerifier> }) {
  const t = useText();
  const platformErrorText = usePlatformErrorText();
  const [error, setError] = useState<string | null>(null);
  const pick = async () => {
    setError(null);
    const picked = await platform.openFiles({ title: t('letters.verify.pickTitle'), filters: [{ name: 'PDF', extensions: ['pdf'] }], multiple: true });
    if (!picked.ok) {
      if (picked.error.code !== 'cancelled') setError(platformErrorText(picked.error));
      return;
    }
    await verifier.verify(picked.value);
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={<h2 className="pane-title">{t('letters.verify.title')}</h2>}>
        <Typography.Paragraph>{t('letters.verify.intro')}</Typography.Paragraph>
        <Space wrap>
          <Button type="primary" icon={<FileSearchOutlined aria-hidden />} onClick={() => void pick()}>
            {t('letters.verify.pick')}
          </Button>
          <Typography.Text type="secondary">{t('letters.page.dropHint')}</Typography.Text>
        </Space>
        {error ? <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} /> : null}
      </Card>
      {verifier.results.length ? (
        <section aria-label={t('letters.verify.results')}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {verifier.results.map((r) => (
              <VerifyResult key={r.id} result={r} />
            ))}
          </Space>
        </section>
      ) : null}
    </Space>
  );
}
