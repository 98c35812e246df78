import { Alert, App, Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { MailboxAccount } from '../../../shared/mailbox';
import { useAppSelector } from '../../app/store';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { MailboxAccountForm } from './MailboxAccountForm';
import { mailboxStateColor, mailboxStateText } from './mailboxStateText';
import { selectMailboxStates } from './mailboxSlice';

type Listed = { account: MailboxAccount; hasImapPassword: boolean; hasSmtpPassword: boolean };

/** 设置 → 邮箱设置 (issue 17): the mailboxes of this workstation, their states, and the form to add or change one. */
export function MailboxSettingsPage() {
  const t = useText();
  const { message } = App.useApp();
  const errorText = usePlatformErrorText();
  const states = useAppSelector(selectMailboxStates);
  const [accounts, setAccounts] = useState<Listed[] | 'unavailable' | null>(null);
  const [editing, setEditing] = useState<Listed | 'new' | null>(null);

  const load = useCallback(async () => {
    const answer = await platform.mailboxAccounts({});
    if (!answer.ok) return setAccounts(answer.error.code === 'unsupported' ? 'unavailable' : []);
    setAccounts(answer.value.accounts);
  }, []);
  useEffect(() => void load(), [load]);

  const remove = async (account: MailboxAccount) => {
    const answer = await platform.mailboxRemove({ accountId: account.id });
    if (!answer.ok) return void message.error(errorText(answer.error));
    void message.success(t('mailbox.settings.removed'));
    await load();
  };

  return (
    <section aria-labelledby="mailbox-settings-title" style={{ maxWidth: 1100 }}>
      <Typography.Title level={3} id="mailbox-settings-title">
        {t('mailbox.settings.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('mailbox.settings.intro')}</Typography.Paragraph>
      <Typography.Paragraph>
        <Link to="/settings">← {t('nav.settings')}</Link>
      </Typography.Paragraph>
      {accounts === 'unavailable' ? <Alert type="info" showIcon title={t('mailbox.settings.unavailable')} /> : null}
      {Array.isArray(accounts) ? (
        <Card size="small" title={<h2 className="pane-title">{t('mailbox.settings.accounts')}</h2>} style={{ marginBottom: 16 }} extra={editing === null ? <Button onClick={() => setEditing('new')}>{t('mailbox.settings.add')}</Button> : null}>
          <List
            aria-label={t('mailbox.settings.accounts')}
            locale={{ emptyText: t('mailbox.settings.empty') }}
            dataSource={accounts}
            rowKey={(item) => item.account.id}
            renderItem={(item) => {
              const state = states.find((s) => s.accountId === item.account.id);
              return (
                <List.Item
                  actions={[
                    <Button key="edit" size="small" onClick={() => setEditing(item)} aria-label={`${t('mailbox.settings.edit')} ${item.account.label}`}>
                      {t('mailbox.settings.edit')}
                    </Button>,
                    <Popconfirm key="remove" title={t('mailbox.settings.removeConfirm', { label: item.account.label })} onConfirm={() => void remove(item.account)} okText={t('mailbox.settings.remove')} cancelText={t('common.cancel')}>
                      <Button size="small" danger aria-label={`${t('mailbox.settings.remove')} ${item.account.label}`}>
                        {t('mailbox.settings.remove')}
                      </Button>
                    </Popconfirm>,
                  ]}
                >
                  <List.Item.Meta
                    title={item.account.label}
                    description={
                      <Space wrap>
                        <span>{item.account.address}</span>
                        <span>
                          IMAP {item.account.imap.host}:{item.account.imap.port}
                        </span>
                        {item.account.smtp ? (
                          <span>
                            SMTP {item.account.smtp.host}:{item.account.smtp.port}
                          </span>
                        ) : null}
                        {state ? <Tag color={mailboxStateColor(state)}>{mailboxStateText(state, t)}</Tag> : null}
                      </Space>
                    }
                  />
                </List.Item>
              );
            }}
          />
        </Card>
      ) : null}
      {editing !== null ? (
        <MailboxAccountForm
          key={editing === 'new' ? 'new' : editing.account.id}
          {...(editing === 'new' ? {} : { existing: editing })}
          onDone={() => {
            setEditing(null);
            void load();
          }}
        />
      ) : null}
    </section>
  );
}
