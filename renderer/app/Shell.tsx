import {
  AlertOutlined,
  CalendarOutlined,
  FileTextOutlined,
  InboxOutlined,
  SettingOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Space, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { database } from '../db/database';
import { readSetting } from '../db/settings';
import { CaseDetailPage } from '../features/cases/CaseDetailPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { useDeadlineReminders } from '../features/dashboard/reminders/useDeadlineReminders';
import { FirstRunPage } from '../features/firstRun/FirstRunPage';
import { LetterPage, NewLetterPage } from '../features/letters/LetterEditorPage';
import { LettersPage } from '../features/letters/LettersPage';
import { IncidentListPage } from '../features/incidents/IncidentListPage';
import { IncidentPage } from '../features/incidents/IncidentPage';
import { IntakePage } from '../features/intake/IntakePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { LanguageSwitch } from '../features/ui/LanguageSwitch';
import { MailboxIndicator } from '../features/mailbox/MailboxIndicator';
import { MailboxSettingsPage } from '../features/mailbox/MailboxSettingsPage';
import { useMailboxIntake } from '../features/mailbox/useMailboxIntake';
import { useText } from '../i18n/useText';

const { Header, Sider, Content } = Layout;

const NAV = [
  { path: '/cases', key: 'nav.cases', icon: <SolutionOutlined aria-hidden /> },
  { path: '/intake', key: 'nav.intake', icon: <InboxOutlined aria-hidden /> },
  { path: '/deadlines', key: 'nav.deadlines', icon: <CalendarOutlined aria-hidden /> },
  { path: '/incidents', key: 'nav.incidents', icon: <AlertOutlined aria-hidden /> },
  { path: '/letters', key: 'nav.letters', icon: <FileTextOutlined aria-hidden /> },
  { path: '/settings', key: 'nav.settings', icon: <SettingOutlined aria-hidden /> },
] as const;

export function Shell() {
  const t = useText();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useLiveQuery(async () => {
    const db = database();
    return { firstRunDone: (await readSetting(db, 'firstRunDone')) ?? false, officer: await readSetting(db, 'officer') };
  });
  useDeadlineReminders(session?.firstRunDone ? session.officer?.name : undefined);
  // issue 17: the legal mailbox is read while the shell is up
  useMailboxIntake(session?.firstRunDone ? session.officer?.name : undefined);
  if (!session) return <Spin fullscreen />;
  if (!session.firstRunDone || !session.officer) return <FirstRunPage />;

  const selected = NAV.find((n) => location.pathname.startsWith(n.path))?.path ?? '/cases';
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
          <LanguageSwitch />
        </Space>
      </Header>
      <Layout>
        <Sider width={188} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <nav aria-label={t('nav.mainNavigation')}>
            <Menu
              mode="inline"
              selectedKeys={[selected]}
              items={NAV.map((n) => ({ key: n.path, icon: n.icon, label: t(n.key) }))}
              onClick={({ key }) => navigate(key)}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
        </Sider>
        <Content style={{ padding: 20, overflow: 'auto', background: '#f5f7fa' }}>
          <Routes>
            <Route path="/" element={<Navigate to="/cases" replace />} />
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
            <Route path="*" element={<Navigate to="/cases" replace />} />
          </Routes>
        </Content>
      </Layout>
    </Layout>
  );
}
