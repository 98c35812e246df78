import { FontSizeOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { sha256Hex } from '../../../shared/audit/chain';
import { checkFontFile } from '../../../shared/letters';
import { database } from '../../db/database';
import { DEFAULT_LETTER_TYPOGRAPHY, saveLetterTypography, type LetterTypography } from '../../db/lettersSettings';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { useOfficerName } from '../ui/useOfficer';
import { useLetterSettings } from './useLetterSettings';

/** The bundled chain, as the list shows it (letterFonts.ts loads the files). */
const BUNDLED = {
  serif: [
    { name: 'Noto Serif', role: 'latin', license: 'SIL OFL 1.1 (@expo-google-fonts/noto-serif)' },
    { name: 'Noto Serif SC', role: 'cjk', license: 'SIL OFL 1.1 (@expo-google-fonts/noto-serif-sc)' },
  ],
  sans: [
    { name: 'Noto Sans', role: 'latin', license: 'SIL OFL 1.1 (@expo-google-fonts/noto-sans)' },
    { name: 'Noto Sans SC', role: 'cjk', license: 'SIL OFL 1.1 (@expo-google-fonts/noto-sans-sc)' },
  ],
} as const;
const EXTENSION_B = { name: 'HanaMinB 花園明朝B (CJK Ext. B–E)', role: 'fallback', license: 'SIL OFL 1.1 (GlyphWiki, assets/fonts/hanazono)' } as const;

/**
 * Issue 13: the fonts a letter can print with, in the order they are tried,
 * the body face (serif for a formal Chinese letter, or sans), and a manager's
 * own .ttf for names the bundled faces lack, checked before it is kept.
 */
export function FontsCard() {
  const t = useText();
  const { message } = App.useApp();
  const platformErrorText = usePlatformErrorText();
  const actor = useOfficerName();
  const settings = useLetterSettings();
  const typography = settings?.typography ?? DEFAULT_LETTER_TYPOGRAPHY;
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (next: LetterTypography) => {
    if (!actor) return;
    await saveLetterTypography(database(), next, actor);
  };

  const add = async () => {
    setProblem(null);
    const picked = await platform.openFiles({ title: t('letters.settings.addFontTitle'), filters: [{ name: 'TrueType', extensions: ['ttf'] }], multiple: false });
    if (!picked.ok) {
      if (picked.error.code !== 'cancelled') setProblem(platformErrorText(picked.error));
      return;
    }
    const file = picked.value[0];
    if (!file) return;
    const checked = checkFontFile(file.bytes);
    if (!checked.ok) return setProblem(t(`letters.settings.fontProblem.${checked.problem}`, { name: file.name }));
    const sha256 = sha256Hex(file.bytes);
    const font = { fileName: file.name, family: checked.info.family, glyphs: checked.info.glyphs, sha256, bytes: new Uint8Array(file.bytes) };
    await save({ ...typography, addedFonts: [...typography.addedFonts.filter((f) => f.sha256 !== sha256), font] });
    void message.success(t('letters.settings.fontAdded', { family: font.family, glyphs: String(font.glyphs) }));
  };

  const rows = [
    ...BUNDLED[typography.body].map((f) => ({ key: f.name, name: f.name, role: f.role, license: f.license, sha256: undefined })),
    { key: EXTENSION_B.name, name: EXTENSION_B.name, role: EXTENSION_B.role, license: EXTENSION_B.license, sha256: undefined },
    ...typography.addedFonts.map((f) => ({ key: f.sha256, name: `${f.family} (${f.fileName})`, role: 'added' as const, license: '', sha256: f.sha256 })),
  ];
  return (
    <Card size="small" title={<h2 className="pane-title">{t('letters.settings.fonts')}</h2>}>
      <Typography.Paragraph type="secondary">{t('letters.settings.fontsIntro')}</Typography.Paragraph>
      <div role="group" aria-labelledby="letters-body-face" style={{ marginBottom: 12 }}>
        <Typography.Text id="letters-body-face" strong style={{ marginRight: 12 }}>
          {t('letters.settings.body')}
        </Typography.Text>
        <Radio.Group value={typography.body} onChange={(e) => void save({ ...typography, body: e.target.value as LetterTypography['body'] })}>
          <Radio value="serif">{t('letters.settings.bodySerif')}</Radio>
          <Radio value="sans">{t('letters.settings.bodySans')}</Radio>
        </Radio.Group>
      </div>
      <List
        size="small"
        aria-label={t('letters.settings.fonts')}
        dataSource={rows}
        renderItem={(row, i) => (
          <List.Item
            actions={
              row.sha256
                ? [
                    <Button
                      key="remove"
                      size="small"
                      danger
                      aria-label={t('letters.settings.removeFont', { family: row.name })}
                      onClick={() => void save({ ...typography, addedFonts: typography.addedFonts.filter((f) => f.sha256 !== row.sha256) })}
                    >
                      {t('common.delete')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <span>
                  {i + 1}. {row.name} <Tag>{t(`letters.settings.fontRole.${row.role}`)}</Tag>
                </span>
              }
              description={row.license ? t('letters.settings.fontLicense', { license: row.license }) : null}
            />
          </List.Item>
        )}
      />
      {problem ? (
        <Typography.Paragraph type="danger" role="alert">
          {problem}
        </Typography.Paragraph>
      ) : null}
      <Button icon={<FontSizeOutlined aria-hidden />} onClick={() => void add()} style={{ marginTop: 8 }}>
        {t('letters.settings.addFont')}
      </Button>
    </Card>
  );
}
