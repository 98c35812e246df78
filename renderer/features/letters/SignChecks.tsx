import { Alert, Space } from 'antd';
import type { LetterImagesSetting } from '../../db/lettersSettings';
import { useText } from '../../i18n/useText';

/** What stands between the draft and its signature, named; and what the letter will lack (a warning, not a block). */
export function SignChecks({ blockers, warnings, images }: { blockers: readonly string[]; warnings: readonly string[]; images: LetterImagesSetting }) {
  const t = useText();
  const missingImages = (['signature', 'seal'] as const).filter((which) => !images[which]).map((which) => t('letters.editor.noImage', { image: t(`letters.image.${which}`) }));
  if (blockers.length === 0 && warnings.length === 0 && missingImages.length === 0) return null;
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
      {warnings.length ? <LetterWarningsAlert warnings={warnings} /> : null}
      {missingImages.map((m) => (
        <Alert key={m} type="warning" showIcon message={m} />
      ))}
    </Space>
  );
}

/** Issue 14: the checks before signing, each with its reason; the same list the signing confirmation shows again. */
export function LetterWarningsAlert({ warnings }: { warnings: readonly string[] }) {
  const t = useText();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="letter-warnings"
      message={t('letters.warning.title')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      }
    />
  );
}
