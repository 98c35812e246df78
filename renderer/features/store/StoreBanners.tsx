import { Alert, Button, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { backupReminderDue } from '../../../shared/backup/backupPolicy';
import { quotaWarning, type QuotaWarning } from '../../../shared/store/quota';
import { readLastBackup } from '../../db/backup/lastBackup';
import { verifyAuditLog } from '../../db/audit/verifyStore';
import { database } from '../../db/database';
import { readTeamSession } from '../../db/sync/teamSession';
import { readWorkstation } from '../../db/workstation';
import { useText } from '../../i18n/useText';

/**
 * What the shell says about the store itself (issue 11), above every page:
 * the audit log's check at start (its result, when something is wrong), and
 * the storage quota past 80%, and the reminder when the last backup is more
 * than a week old (solo stores; a team's record is its server).
 */
export function StoreBanners() {
  const t = useText();
  const navigate = useNavigate();
  const [auditProblems, setAuditProblems] = useState(0);
  const [quota, setQuota] = useState<QuotaWarning | null>(null);
  const reminder = useLiveQuery(async () => {
    const db = database();
    if (await readTeamSession(db)) return null;
    const [last, workstation] = await Promise.all([readLastBackup(db), readWorkstation(db)]);
    return backupReminderDue(last?.at, workstation?.createdAt, new Date()) ? { never: !last } : null;
  });

  useEffect(() => {
    let live = true;
    // the audit log is verified at every start (hashes, links, MACs, the authenticated head), after the first paint
    void verifyAuditLog(database()).then((verdict) => {
      if (live) setAuditProblems(verdict.chains.reduce((n, c) => n + c.problems.length, 0));
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    // issue 11: past 80% of the quota, say so before a write fails; checked at start and every ten minutes
    const check = () => void navigator.storage?.estimate?.().then((estimate) => setQuota(quotaWarning(estimate)), () => undefined);
    check();
    const timer = setInterval(check, 10 * 60_000);
    return () => clearInterval(timer);
  }, []);

  if (!auditProblems && !reminder && !quota) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {auditProblems ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="audit-start-banner"
          message={t('audit.startCheckBroken', { count: auditProblems })}
          action={
            <Button size="small" onClick={() => navigate('/settings')}>
              {t('nav.settings')}
            </Button>
          }
        />
      ) : null}
      {quota ? <Alert type="warning" showIcon data-testid="quota-warning" message={t('store.quotaWarning', { ...quota })} /> : null}
      {reminder ? (
        <Alert
          type="warning"
          showIcon
          data-testid="backup-reminder"
          message={reminder.never ? t('backup.reminderNever') : t('backup.reminder')}
          action={
            <Button size="small" onClick={() => navigate('/settings')}>
              {t('backup.reminderAction')}
            </Button>
          }
        />
      ) : null}
    </Space>
  );
}
