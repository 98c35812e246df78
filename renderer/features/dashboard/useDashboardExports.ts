import { App } from 'antd';
import { useState } from 'react';
import { version } from '../../../package.json';
import type { Case } from '../../../shared/domain/case';
import type { LocalDate } from '../../../shared/domain/time';
import type { Result } from '../../../shared/platform/result';
import { database } from '../../db/database';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { runningCasesWithDueDates } from './dashboardQueries';
import { dueDatesIcs } from '../../../shared/calendar/icsExport';
import { auditSheet, exportFileName, withRequesterNames, xlsxBytes } from './xlsxExport';

/** The dashboard's two exports, saved through the platform (a native dialog on the desktop, a download on the web host). */
export function useDashboardExports(today: LocalDate) {
  const t = useText();
  const { message } = App.useApp();
  const errorText = usePlatformErrorText();
  const [busy, setBusy] = useState<'xlsx' | 'ics'>();

  const report = (answer: Result<{ savedAs: string }>) => {
    if (answer.ok) void message.success(t('deadlines.dashboard.export.saved', { name: answer.value.savedAs }));
    else if (answer.error.code !== 'cancelled') void message.error(errorText(answer.error));
  };
  const run = async (kind: 'xlsx' | 'ics', work: () => Promise<void>) => {
    setBusy(kind);
    try {
      await work();
    } catch (e) {
      console.error('dashboard export', e);
      void message.error(t('platformError.internal'));
    } finally {
      setBusy(undefined);
    }
  };

  /** The list on screen, with the columns an auditor asks for. */
  const exportList = (cases: readonly Case[], slug: string) =>
    run('xlsx', async () => {
      const sheet = auditSheet(await withRequesterNames(database(), cases), today, t);
      const bytes = await xlsxBytes(sheet, t('deadlines.dashboard.sheet.name'));
      report(
        await platform.saveFile({
          title: t('deadlines.dashboard.export.xlsx'),
          suggestedName: exportFileName(slug, today, 'xlsx'),
          filters: [{ name: 'Excel', extensions: ['xlsx'] }],
          bytes,
        }),
      );
    });

  /** Every running case's legal due date, for Outlook. */
  const exportDueDates = () =>
    run('ics', async () => {
      const cases = await runningCasesWithDueDates(database());
      if (cases.length === 0) {
        void message.info(t('deadlines.dashboard.export.nothing'));
        return;
      }
      const events = cases.map((c) => {
        const type = t(`requestType.${c.requestType}`);
        return {
          caseId: c.id,
          dueDate: c.dueDate!,
          summary: t('deadlines.dashboard.ics.summary', { reference: c.reference, type }),
          description: t('deadlines.dashboard.ics.description', { assignee: c.assignee, date: c.dueDate!, type }),
          updatedAt: c.updatedAt,
        };
      });
      const text = dueDatesIcs(events, { calendarName: t('deadlines.dashboard.ics.calendarName'), now: new Date().toISOString(), productVersion: version });
      report(
        await platform.saveFile({
          title: t('deadlines.dashboard.export.ics'),
          suggestedName: exportFileName('due-dates', today, 'ics'),
          filters: [{ name: 'iCalendar', extensions: ['ics'] }],
          bytes: new TextEncoder().encode(text),
        }),
      );
    });

  return { exportList, exportDueDates, busy };
}
