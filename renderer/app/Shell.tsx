import {
  AlertOutlined,
  CalendarOutlined,
  FileTextOutlined,
  InboxOutlined,
  PrinterOutlined,
  SettingOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { database } from '../db/database';
import { readSetting } from '../db/settings';
import { Suspense } from 'react';
import { useDeadlineReminders } from '../features/dashboard/reminders/useDeadlineReminders';
import { FirstRunPage } from '../features/firstRun/FirstRunPage';
import { LanguageSwitch } from '../features/ui/LanguageSwitch';
import { SyncIndicator } from '../features/team/SyncIndicator';
import { useOfficerName } from '../features/ui/useOfficer';
import { readTeamSession } from '../db/sync/teamSession';
import { MailboxIndicator } from '../features/mailbox/MailboxIndicator';
import { MailboxSettingsPage } from '../features/mailbox/MailboxSettingsPage';
import { useMailboxIntake } from '../features/mailbox/useMailboxIntake';
import { useText } from '../i18n/useText';
import { StoreBanners } from '../features/store/StoreBanners';
import { useScheduledBackups } from '../features/backup/useScheduledBackups';
import { CaseDetailPage, CaseListPage, DashboardPage, IncidentListPage, IncidentPage, IntakePage, LetterPage, LettersPage, NewLetterPage, PrintPage, SettingsPage } from './pages';

const { Header, Sider, Content } = Layout;

const NAV = [
  { path: '/cases', key: 'nav.cases', icon: <SolutionOutlined aria-hidden /> },
  { path: '/intake', key: 'nav.intake', icon: <InboxOutlined aria-hidden /> },
  { path: '/deadlines', key: 'nav.deadlines', icon: <CalendarOutlined aria-hidden /> },
  { path: '/incidents', key: 'nav.incidents', icon: <AlertOutlined aria-hidden /> },
  { path: '/letters', key: 'nav.letters', icon: <FileTextOutlined aria-hidden /> },
  { path: '/print', key: 'team.print.nav', icon: <PrinterOutlined aria-hidden /> },
  { path: '/settings', key: 'nav.settings', icon: <SettingOutlined aria-hidden /> },
] as const;

/** Print staff see what printing needs (issue 10); everyone else all but the print staff's page. */
function navFor(roles: readonly string[] | undefined) {
  const printOnly = roles !== undefined && !roles.includes('officer') && !roles.includes('manager');
  return NAV.filter((n) => (printOnly ? n.path === '/print' || n.path === '/settings' : n.path !== '/print'));
}

export function Shell() {
  const t = useText();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useLiveQuery(async () => {
    const db = database();
    return { firstRunDone: (await readSetting(db, 'firstRunDone')) ?? false, officer: await readSetting(db, 'officer'), team: await readTeamSession(db) };
  });
  useDeadlineReminders(session?.firstRunDone ? session.officer?.name : undefined);
  // issue 17: the legal mailbox is read while the shell is up
  // the actor of the cases the mailbox opens: the signed-in account in a team, the officer alone
  const actor = useOfficerName();
  useMailboxIntake(session?.firstRunDone ? actor : undefined);
  // issue 11: the desktop's scheduled backups to a folder (the web host has none)
  useScheduledBackups(session?.firstRunDone ? actor : undefined);
  if (!session) return <Spin fullscreen />;
  if (!session.firstRunDone || !session.officer) return <FirstRunPage />;

  const nav = navFor(session.team?.roles);
  const printOnly = nav[0]?.path === '/print';
  const selected = nav.find((n) => location.pathname.startsWith(n.path))?.path ?? nav[0]?.path ?? '/cases';
  return (
    <Layout style={{ height: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#14365e', paddingInline: 20 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {t('common.appName')}
        </Typography.Title>
        <Space size="middle">
          <MailboxIndicator />
          <Typography.Text style={{ color: '#dbe6f3' }}>
            {session.officer.name}
            {session.officer.title ? ` · ${session.officer.title}` : ''}
          </Typography.Text>
          <SyncIndicator />
          <LanguageSwitch />
        </Space>
      </Header>
      <Layout>
        <Sider width={188} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <nav aria-label={t('nav.mainNavigation')}>
            <Menu
              mode="inline"
              selectedKeys={[selected]}
              items={nav.map((n) => ({ key: n.path, icon: n.icon, label: t(n.key) }))}
              onClick={({ key }) => navigate(key)}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
        </Sider>
        <Content style={{ padding: 20, overflow: 'auto', background: '#f5f7fa' }}>
          <StoreBanners />
          <Suspense fallback={<Spin />}>
            <Routes>
              <Route path="/" element={<Navigate to={printOnly ? '/print' : '/cases'} replace />} />
              <Route path="/print" element={<PrintPage />} />
              <Route path="/cases" element={<CaseListPage />} />
              <Route path="/cases/:caseId" element={<CaseDetailPage />} />
              <Route path="/intake" element={<IntakePage />} />
              <Route path="/deadlines" element={<DashboardPage />} />
              <Route path="/incidents" element={<IncidentListPage />} />
              <Route path="/incidents/:incidentId" element={<IncidentPage />} />
              <Route path="/letters" element={<LettersPage />} />
              <Route path="/letters/:letterId" element={<LetterPage />} />
              <Route path="/cases/:caseId/letters/new" element={<NewLetterPage />} />
              <Route path="/settings" element={<SettingsPage />} />
              <Route path="/settings/mailboxes" element={<MailboxSettingsPage />} />
              <Route path="*" element={<Navigate to={printOnly ? '/print' : '/cases'} replace />} />
            </Routes>
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
