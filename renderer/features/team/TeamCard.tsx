import { Alert, Button, Card, Descriptions, Form, Input, List, Space, Typography, message } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '../../db/database';
import { JoinRaceError, type JoinPlan, type JoinTarget } from '../../db/sync/join';
import { readTeamSession } from '../../db/sync/teamSession';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { carryOutJoin, emptyEnoughForPrint, joinFailureReason, planTeamJoin } from './teamJoin';
import { startTeamSync, stopTeamSync, useTeamState } from './teamRuntime';

interface SignInForm {
  serverUrl: string;
  database: string;
  username: string;
  password: string;
}

/** 设置 → 团队案件库: join a team from a plan shown first, or see and manage this workstation's membership (issue 10). */
export function TeamCard() {
  const t = useText();
  const session = useLiveQuery(() => readTeamSession(database()));
  return (
    <Card size="small" id="team" title={<h2 className="pane-title">{t('team.title')}</h2>} style={{ marginBottom: 16 }}>
      {session === undefined ? <JoinTeam /> : <Membership />}
    </Card>
  );
}

function JoinTeam() {
  const t = useText();
  const errorText = usePlatformErrorText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [planned, setPlanned] = useState<{ plan: JoinPlan; target: JoinTarget; printOnlyRefused: boolean }>();
  const signIn = async (values: SignInForm) => {
    setBusy(true);
    setProblem(undefined);
    setPlanned(undefined);
    try {
      const answer = await platform.teamSignIn(values);
      if (!answer.ok) return setProblem(errorText(answer.error));
      if (!answer.value.ok) return setProblem(t(`team.signInProblem.${answer.value.problem}`));
      const { user } = answer.value;
      const target: JoinTarget = { serverUrl: values.serverUrl, database: values.database, username: user.username, displayName: user.displayName, roles: user.roles };
      const printOnly = !user.roles.includes('officer') && !user.roles.includes('manager');
      const printOnlyRefused = printOnly && !(await emptyEnoughForPrint(database()));
      setPlanned({ plan: await planTeamJoin(database(), target), target, printOnlyRefused });
    } catch (error) {
      setProblem(t('team.joinFailed', { reason: joinFailureReason(error) }));
    } finally {
      setBusy(false);
    }
  };
  const join = async () => {
    if (!planned) return;
    setBusy(true);
    try {
      await carryOutJoin(database(), planned.plan, planned.target);
      void message.success(t('team.joined'));
    } catch (error) {
      setProblem(error instanceof JoinRaceError ? t('team.joinRace') : t('team.joinFailed', { reason: joinFailureReason(error) }));
      setPlanned(undefined);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('team.soloIntro')}</Typography.Paragraph>
      <Form<SignInForm> layout="vertical" initialValues={{ database: 'casedesk' }} onFinish={(values) => void signIn(values)} style={{ maxWidth: 520 }}>
        <Form.Item name="serverUrl" label={t('team.serverUrl')} extra={t('team.serverUrlHelp')} rules={[{ required: true }]}>
          <Input autoComplete="url" />
        </Form.Item>
        <Form.Item name="database" label={t('team.database')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="username" label={t('team.username')} rules={[{ required: true }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('team.password')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={busy && !planned}>
          {t('team.signInAndPlan')}
        </Button>
      </Form>
      {problem ? <Alert type="error" showIcon message={problem} /> : null}
      {planned ? <PlanView {...planned} busy={busy} onJoin={() => void join()} /> : null}
    </Space>
  );
}

function PlanView({ plan, printOnlyRefused, busy, onJoin }: { plan: JoinPlan; printOnlyRefused: boolean; busy: boolean; onJoin: () => void }) {
  const t = useText();
  const up = plan.upload;
  return (
    <Alert
      type={printOnlyRefused ? 'error' : 'info'}
      message={t('team.planTitle')}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <span>{t('team.planUpload', { cases: up.cases ?? 0, requesters: up.requesters ?? 0, documents: up.documents ?? 0, letters: up.letters ?? 0, incidents: up.incidents ?? 0 })}</span>
          <span>{t('team.planKeep', { count: plan.keep.length })}</span>
          <span>{t('team.planRenumber', { count: plan.renumber.length })}</span>
          {plan.renumber.length ? (
            <List size="small" aria-label={t('team.planRenumber', { count: plan.renumber.length })} dataSource={plan.renumber} renderItem={(r) => <List.Item>{r.reference}</List.Item>} />
          ) : null}
          <span>{plan.settings === 'upload' ? t('team.planSettingsUpload') : t('team.planSettingsReplaced')}</span>
          <span>{t('team.planSoloEvents', { count: plan.soloEvents })}</span>
          {printOnlyRefused ? (
            <strong>{t('team.planPrintOnly')}</strong>
          ) : (
            <Button type="primary" onClick={onJoin} loading={busy}>
              {t('team.join')}
            </Button>
          )}
        </Space>
      }
    />
  );
}

function Membership() {
  const t = useText();
  const errorText = usePlatformErrorText();
  const team = useTeamState();
  const session = useLiveQuery(() => readTeamSession(database()));
  const [password, setPassword] = useState('');
  if (!session) return null;
  const signedOut = team?.status.state === 'stopped';
  const signInAgain = async () => {
    const answer = await platform.teamSignIn({ serverUrl: session.serverUrl, database: session.database, username: session.username, password });
    if (!answer.ok) return void message.error(errorText(answer.error));
    if (!answer.value.ok) return void message.error(t(`team.signInProblem.${answer.value.problem}`));
    setPassword('');
    await startTeamSync(database());
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('team.title')}>
          {t('team.member', { server: session.serverUrl, database: session.database, user: session.username, roles: session.roles.map((r) => t(`team.role.${r}`)).join('、') })}
        </Descriptions.Item>
      </Descriptions>
      {team?.status.refusals.map((r) => (
        <Alert key={`${r.docId}:${r.reason}`} type="warning" showIcon message={t('team.refused', { what: r.docId.split(':')[0] ?? r.docId, reason: refusalText(t, r.reason) })} />
      ))}
      {signedOut ? (
        <Space wrap>
          <Input.Password aria-label={t('team.password')} value={password} onChange={(e) => setPassword(e.target.value)} style={{ width: 240 }} />
          <Button type="primary" disabled={!password} onClick={() => void signInAgain()}>
            {t('team.signInAgain')}
          </Button>
        </Space>
      ) : (
        <Button
          onClick={async () => {
            await stopTeamSync();
            await platform.teamSignOut({});
            void message.info(t('team.signedOut'));
          }}
        >
          {t('team.signOut')}
        </Button>
      )}
    </Space>
  );
}

function refusalText(t: ReturnType<typeof useText>, reason: string): string {
  const known = ['casedesk:manager-only', 'casedesk:immutable-letter', 'casedesk:immutable-audit', 'casedesk:immutable-file', 'casedesk:actor', 'casedesk:role', 'casedesk:digest-mismatch'] as const;
  const match = known.find((k) => k === reason);
  return match ? t(`team.refusal.${match}`) : t('team.refusal.other');
}
