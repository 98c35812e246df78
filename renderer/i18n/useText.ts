import { useMemo } from 'react';
import { translator, type Translate } from '../../shared/i18n/messages';
import { useAppSelector } from '../app/store';
import { selectLocale } from '../features/ui/uiSlice';

/** The translator for the current interface language. */
export function useText(): Translate {
  const locale = useAppSelector(selectLocale);
  return useMemo(() => translator(locale), [locale]);
}
