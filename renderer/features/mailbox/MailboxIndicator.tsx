import { MailOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { useAppSelector } from '../../app/store';
import { useText } from '../../i18n/useText';
import { mailboxStateColor, mailboxStateText } from './mailboxStateText';
import { selectMailboxAvailable, selectMailboxImported, selectMailboxStates } from './mailboxSlice';

/**
 * The shell's mailbox indicator (issue 17): each mailbox's state in a word —
 * connected, receiving n/N, or the fault and when it is tried again — and
 * one click to its settings. A live region, so a screen reader hears a fault.
 */
export function MailboxIndicator() {
  const t = useText();
  const navigate = useNavigate();
  const available = useAppSelector(selectMailboxAvailable);
  const states = useAppSelector(selectMailboxStates);
  const imported = useAppSelector(selectMailboxImported);
  const open = () => navigate('/settings/mailboxes');
  const tooLarge = states.reduce((sum, s) => sum + s.tooLarge, 0);

  let content: React.ReactNode;
  if (available === null) return null;
  if (!available) {
    content = <Tag>{t('mailbox.indicator.unavailable')}</Tag>;
  } else if (states.length === 0) {
    content = (
      <Tag className="mailbox-tag" onClick={open} role="link" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && open()} aria-label={`${t('mailbox.indicator.none')}. ${t('mailbox.indicator.open')}`}>
        {t('mailbox.indicator.none')}
      </Tag>
    );
  } else {
    content = (
      <Space size={4}>
        {states.map((state) => {
          const text = mailboxStateText(state, t);
          return (
            <Tooltip key={state.accountId} title={[text, imported ? t('mailbox.imported', { count: imported.messages, created: imported.created, joined: imported.joined, duplicates: imported.duplicates, failed: imported.failed }) : ''].filter(Boolean).join('\n')}>
              <Tag
                color={mailboxStateColor(state)}
                onClick={open}
                role="link"
                tabIndex={0}
                onKeyDown={(e) => e.key === 'Enter' && open()}
                data-mailbox-state={state.state}
                // a long fault is cut on screen; the tooltip and the accessible text carry all of it
                style={{ cursor: 'pointer', marginInlineEnd: 0, maxWidth: 480, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'middle' }}
              >
                {text}
              </Tag>
            </Tooltip>
          );
        })}
        {tooLarge > 0 ? <Tag color="warning">{t('mailbox.tooLarge', { count: tooLarge })}</Tag> : null}
      </Space>
    );
  }
  return (
    <div role="status" aria-label={t('mailbox.indicator.name')} aria-live="polite" style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
      <MailOutlined aria-hidden style={{ color: '#dbe6f3' }} />
      {content}
    </div>
  );
}
