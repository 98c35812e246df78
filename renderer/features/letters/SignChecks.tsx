import { Alert, Space } from 'antd';
import type { LetterImagesSetting } from '../../db/lettersSettings';
import { useText } from '../../i18n/useText';

/** What stands between the draft and its signature, named; and what the letter will lack (a warning, not a block). */
export function SignChecks({ blockers, images }: { blockers: readonly string[]; images: LetterImagesSetting }) {
  const t = useText();
  const missingImages = (['signature', 'seal'] as const).filter((which) => !images[which]).map((which) => t('letters.editor.noImage', { image: t(`letters.image.${which}`) }));
  if (blockers.length === 0 && missingImages.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {blockers.length ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={t('letters.editor.blockers')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {missingImages.map((m) => (
        <Alert key={m} type="warning" showIcon message={m} />
      ))}
    </Space>
  );
}
