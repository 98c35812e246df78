import { lazy } from 'react';

/**
 * Every page is its own chunk, fetched when its route is first shown
 * (issue 15: start-up fetched 3.7 MB of script in one piece). The shell,
 * the store and the first-run form stay in the entry: they are what every
 * start needs. Heavy libraries follow the pages that use them (pdf-lib and
 * the signer with letters, the charts with the dashboard, the spreadsheet
 * writer with the exports).
 */
// the case list is where the app opens: its chunk is fetched at once, beside the store's opening,
// not after the shell is drawn (issue 15: first rows ≤ 300 ms after the shell)
const caseList = import('../features/cases/CaseListPage');
export const CaseListPage = lazy(() => caseList.then((m) => ({ default: m.CaseListPage })));
export const CaseDetailPage = lazy(() => import('../features/cases/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));
export const IntakePage = lazy(() => import('../features/intake/IntakePage').then((m) => ({ default: m.IntakePage })));
export const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
export const IncidentListPage = lazy(() => import('../features/incidents/IncidentListPage').then((m) => ({ default: m.IncidentListPage })));
export const IncidentPage = lazy(() => import('../features/incidents/IncidentPage').then((m) => ({ default: m.IncidentPage })));
export const LettersPage = lazy(() => import('../features/letters/LettersPage').then((m) => ({ default: m.LettersPage })));
export const LetterPage = lazy(() => import('../features/letters/LetterEditorPage').then((m) => ({ default: m.LetterPage })));
export const NewLetterPage = lazy(() => import('../features/letters/LetterEditorPage').then((m) => ({ default: m.NewLetterPage })));
export const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
export const PrintPage = lazy(() => import('../features/team/PrintPage').then((m) => ({ default: m.PrintPage })));
