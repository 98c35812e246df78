import { useEffect, useRef } from 'react';
import { useAppSelector } from '../../../app/store';
import { database } from '../../../db/database';
import { platform } from '../../../platform';
import { selectLocale } from '../../ui/uiSlice';
import { startDeadlineReminders } from './reminderScheduler';

/**
 * Desktop notifications of due dates for the officer at this workstation,
 * from the moment the shell knows who that is (undefined: not yet, or the
 * first run is not done). Texts follow the interface language of the moment.
 */
export function useDeadlineReminders(officer: string | undefined): void {
  const locale = useAppSelector(selectLocale);
  const localeNow = useRef(locale);
  useEffect(() => {
    localeNow.current = locale;
  }, [locale]);
  useEffect(() => {
    if (!officer) return undefined;
    return startDeadlineReminders({ db: database(), notify: (input) => platform.notify(input), officer, locale: () => localeNow.current });
  }, [officer]);
}
