import { Tabs, Typography } from 'antd';
import type { DragEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useText } from '../../i18n/useText';
import { RegisterTab } from './RegisterTab';
import { SettingsTab } from './SettingsTab';
import { useVerifier } from './useVerifier';
import { VerifyTab } from './VerifyTab';

const TABS = ['register', 'verify', 'settings'] as const;
type Tab = (typeof TABS)[number];

async function droppedFiles(event: DragEvent): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all(Array.from(event.dataTransfer.files, async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/**
 * 函件 (SPEC §4): the register of letters, verification of any PDF (dropped
 * anywhere on this page, or picked), and the letters' settings. The tab is
 * in the address (?tab=), so a link can open it.
 */
export function LettersPage() {
  const t = useText();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'register';
  const verifier = useVerifier();
  const show = (next: Tab) => setParams(next === 'register' ? {} : { tab: next }, { replace: true });

  const onDrop = async (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    const files = await droppedFiles(event);
    if (files.length === 0) return;
    show('verify');
    await verifier.verify(files);
  };

  return (
    <section aria-labelledby="letters-title" onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()} onDrop={(e) => void onDrop(e)} style={{ minHeight: '100%' }}>
      <Typography.Title level={3} id="letters-title">
        {t('letters.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => show(key as Tab)}
        items={[
          { key: 'register', label: t('letters.page.tabRegister'), children: <RegisterTab /> },
          { key: 'verify', label: t('letters.page.tabVerify'), children: <VerifyTab verifier={verifier} /> },
          { key: 'settings', label: t('letters.page.tabSettings'), children: <SettingsTab /> },
        ]}
      />
    </section>
  );
}
