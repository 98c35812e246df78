import { describe, expect, it } from 'vitest';
import { accountFrom, newAccountValues, valuesOf } from './accountForm';

describe('the mailbox form', () => {
  const values = { ...newAccountValues(), imapHost: 'mail.solutioncl.com', smtpHost: 'smtp.solutioncl.com', folders: 'INBOX\n  投诉举报 \n\n' };

  it('makes an account the platform accepts, folders one per line, sizes from MB', () => {
    const made = accountFrom('mb-1a2b3c4d', values, {});
    expect(made).toMatchObject({ ok: true, account: { id: 'mb-1a2b3c4d', folders: ['INBOX', '投诉举报'], doneFolder: 'CaseDesk/已立案', maxMessageBytes: 50 * 1024 * 1024, smtp: { host: 'smtp.solutioncl.com', port: 465 } } });
    if (made.ok) expect(valuesOf(made.account)).toMatchObject({ folders: 'INBOX\n投诉举报', maxMessageMb: 50, smtpEnabled: true });
  });

  it('names the fields that are wrong', () => {
    const made = accountFrom('mb-1a2b3c4d', { ...values, imapHost: '', imapPort: 70000, address: 'not an address', folders: 'CaseDesk/已立案' }, {});
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.fields).toEqual(expect.arrayContaining(['imap.host', 'imap.port', 'address', 'doneFolder']));
  });

  it('leaves SMTP out when replies are not sent from the case', () => {
    const made = accountFrom('mb-1a2b3c4d', { ...values, smtpEnabled: false }, {});
    expect(made.ok && made.account.smtp).toBe(undefined);
  });
});
