import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { database } from '../../db/database';
import { readSetting, writeSetting } from '../../db/settings';
import { useAppDispatch, useAppSelector } from '../../app/store';
import { useText } from '../../i18n/useText';
import { localeChosen, selectLocale } from './uiSlice';

/** One switch between zh-CN (default) and en-US; the choice is saved for the next start. */
export function LanguageSwitch() {
  const t = useText();
  const dispatch = useAppDispatch();
  const locale = useAppSelector(selectLocale);
  const next = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <Button
      icon={<GlobalOutlined aria-hidden />}
      aria-label={t('common.switchLanguage')}
      onClick={async () => {
        dispatch(localeChosen(next));
        const db = database();
        const officer = await readSetting(db, 'officer');
        await writeSetting(db, 'locale', next, officer?.name ?? 'system');
      }}
    >
      {next === 'en-US' ? t('common.switchToEnglish') : t('common.switchToChinese')}
    </Button>
  );
}
