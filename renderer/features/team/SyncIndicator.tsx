import { CloudOutlined, CloudSyncOutlined, DisconnectOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { useText } from '../../i18n/useText';
import { syncLabelParts } from './syncLabel';
import { useTeamState } from './teamRuntime';

/**
 * The shell's sync indicator (issue 10: "online, offline, syncing (n pending),
 * last error in the user's language"). Shown only when the workstation
 * belongs to a team; it opens the team settings.
 */
export function SyncIndicator() {
  const t = useText();
  const navigate = useNavigate();
  const team = useTeamState();
  if (!team) return null;
  const { status } = team;
  const error = status.lastError && (status.state === 'offline' || status.state === 'stopped') ? t(`team.error.${status.lastError.kind}`) : undefined;
  const label = syncLabelParts(status)
    .map((part) => (part.count === undefined ? t(part.key) : t(part.key, { count: part.count })))
    .join(' · ');
  const icon =
    status.state === 'online' ? <CloudOutlined aria-hidden /> : status.state === 'offline' || status.state === 'stopped' ? <DisconnectOutlined aria-hidden /> : <CloudSyncOutlined aria-hidden />;
  const details = [error, status.waiting ? t('team.waiting', { count: status.waiting }) : undefined, status.lastSyncAt ? t('team.lastSync', { at: new Date(status.lastSyncAt).toLocaleString() }) : undefined]
    .filter(Boolean)
    .join('；');
  return (
    <Tooltip title={details || label}>
      <Button
        size="small"
        ghost
        icon={status.conflicts || error ? <WarningOutlined aria-hidden /> : icon}
        aria-label={`${t('team.syncIndicator')}: ${label}${error ? `. ${error}` : ''}`}
        data-sync-state={status.state}
        onClick={() => navigate('/settings#team')}
      >
        {label}
      </Button>
    </Tooltip>
  );
}
