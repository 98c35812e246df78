import { App, Button, Descriptions, Modal, Select } from 'antd';
import { useState } from 'react';
import { DEFAULT_COMPANY_DETAILS } from '../../../shared/letters';
import type { MailboxAccount } from '../../../shared/mailbox';
import { database } from '../../db/database';
import { signedLetterPdf } from '../../db/letters';
import type { RegisterRow } from '../../db/lettersRegister';
import { recordSentReply } from '../../db/mailboxSent';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { emlDraftFor } from '../letters/letterOutputs';
import { useLetterSettings } from '../letters/useLetterSettings';
import { useOfficerName } from '../ui/useOfficer';
import { formatShanghaiTime } from './time';

/**
 * 通过邮箱发送 (issue 17): the signed letter's .eml draft — the very one
 * "save .eml" writes — sent over SMTP from a configured mailbox. Sent: the
 * message as sent is kept on the case and the letter is marked sent at the
 * server's acceptance time. Not sent: nothing changes, and the officer is
 * told why.
 */
export function SendByMailButton({ row, size = 'small' }: { row: RegisterRow; size?: 'small' | 'middle' }) {
  const t = useText();
  const { message } = App.useApp();
  const errorText = usePlatformErrorText();
  const officer = useOfficerName();
  const company = useLetterSettings()?.company ?? DEFAULT_COMPANY_DETAILS;
  const [accounts, setAccounts] = useState<MailboxAccount[] | null>(null);
  const [accountId, setAccountId] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const email = row.requester?.email;

  const open = async () => {
    const answer = await platform.mailboxAccounts({});
    if (!answer.ok) return void message.error(errorText(answer.error));
    const senders = answer.value.accounts.map((a) => a.account).filter((a) => a.smtp !== undefined);
    if (senders.length === 0) return void message.warning(t('mailbox.send.noAccount'));
    setAccounts(senders);
    setAccountId(senders[0]!.id);
  };

  const send = async () => {
    if (!accountId || !officer || !email) return;
    setSending(true);
    try {
      const pdf = await signedLetterPdf(database(), row.letter);
      if (!pdf) throw new Error('no PDF');
      const eml = emlDraftFor(row, pdf, company, Date.now());
      if (!eml.ok) return void message.warning(t('letters.noEmail'));
      const answer = await platform.mailboxSend({ accountId, eml: eml.bytes, recipients: [email] });
      if (!answer.ok) return void message.error(errorText(answer.error));
      const outcome = answer.value;
      if (!outcome.sent) return void message.error(t('mailbox.send.failed', { problem: t(`mailbox.send.problem.${outcome.problem}`, { detail: outcome.detail ?? '' }) }));
      await recordSentReply(database(), { letterId: row.letter.id, eml: eml.bytes, fileName: eml.fileName.replace(/\.eml$/, '-sent.eml'), acceptedAt: outcome.acceptedAt, response: outcome.response, savedToSent: outcome.savedToSent }, officer);
      void message.success(t('mailbox.send.sent', { time: formatShanghaiTime(outcome.acceptedAt) }) + (outcome.savedToSent ? '' : t('mailbox.send.notSavedToSent')));
      setAccounts(null);
    } catch (e) {
      void message.error(t('letters.done.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button size={size} disabled={!email} title={email ? undefined : t('letters.noEmail')} onClick={() => void open()}>
        {t('mailbox.send.button')}
      </Button>
      <Modal
        open={accounts !== null}
        title={t('mailbox.send.title')}
        okText={sending ? t('mailbox.send.sending') : t('mailbox.send.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={sending}
        onOk={() => void send()}
        onCancel={() => setAccounts(null)}
      >
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('mailbox.send.to')}>{email}</Descriptions.Item>
          <Descriptions.Item label={t('mailbox.send.from')}>
            <Select
              aria-label={t('mailbox.send.from')}
              value={accountId}
              onChange={setAccountId}
              options={(accounts ?? []).map((a) => ({ value: a.id, label: `${a.label} <${a.address}>` }))}
              style={{ minWidth: 280 }}
            />
          </Descriptions.Item>
        </Descriptions>
      </Modal>
    </>
  );
}
