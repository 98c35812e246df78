import { DEFAULT_DONE_FOLDER, DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_POLL_SECONDS, mailboxAccountSchema, type MailboxAccount, type PinnedCertificate } from '../../../shared/mailbox';

/**
 * The mailbox form's values and the account they make (issue 17). Plain
 * functions so the page only renders: folders are typed one per line,
 * sizes in MB; the account is checked with the same schema the platform
 * checks it with.
 */
export interface AccountFormValues {
  label: string;
  address: string;
  enabled: boolean;
  imapHost: string;
  imapPort: number;
  imapSecurity: 'tls' | 'starttls';
  imapUser: string;
  imapPassword?: string;
  folders: string;
  doneFolder: string;
  sentFolder: string;
  smtpEnabled: boolean;
  smtpHost?: string;
  smtpPort?: number;
  smtpSecurity?: 'tls' | 'starttls';
  smtpUser?: string;
  smtpPassword?: string;
  maxMessageMb: number;
  pollSeconds: number;
}

export interface Pins {
  imap?: PinnedCertificate;
  smtp?: PinnedCertificate;
}

const MB = 1024 * 1024;

export function newAccountValues(): AccountFormValues {
  return {
    label: '法务邮箱',
    address: 'legal@solutioncl.com',
    enabled: true,
    imapHost: '',
    imapPort: 993,
    imapSecurity: 'tls',
    imapUser: 'legal@solutioncl.com',
    folders: 'INBOX',
    doneFolder: DEFAULT_DONE_FOLDER,
    sentFolder: 'Sent',
    smtpEnabled: true,
    smtpPort: 465,
    smtpSecurity: 'tls',
    smtpUser: 'legal@solutioncl.com',
    maxMessageMb: DEFAULT_MAX_MESSAGE_BYTES / MB,
    pollSeconds: DEFAULT_POLL_SECONDS,
  };
}

export function valuesOf(account: MailboxAccount): AccountFormValues {
  return {
    label: account.label,
    address: account.address,
    enabled: account.enabled,
    imapHost: account.imap.host,
    imapPort: account.imap.port,
    imapSecurity: account.imap.security,
    imapUser: account.imap.user,
    folders: account.folders.join('\n'),
    doneFolder: account.doneFolder,
    sentFolder: account.sentFolder ?? '',
    smtpEnabled: account.smtp !== undefined,
    ...(account.smtp ? { smtpHost: account.smtp.host, smtpPort: account.smtp.port, smtpSecurity: account.smtp.security, smtpUser: account.smtp.user } : { smtpPort: 465, smtpSecurity: 'tls' as const }),
    maxMessageMb: Math.round(account.maxMessageBytes / MB),
    pollSeconds: account.pollSeconds,
  };
}

/** A new account's id: a letter first, as the keychain's names need. */
export function newAccountId(): string {
  return `mb-${crypto.randomUUID().slice(0, 8)}`;
}

export type AccountCheck = { ok: true; account: MailboxAccount } | { ok: false; fields: string[] };

export function accountFrom(id: string, values: AccountFormValues, pins: Pins): AccountCheck {
  const folders = values.folders
    .split(/\r?\n/)
    .map((f) => f.trim())
    .filter((f) => f !== '');
  const candidate = {
    id,
    label: values.label,
    address: values.address.trim(),
    enabled: values.enabled,
    imap: { host: values.imapHost.trim(), port: Number(values.imapPort), security: values.imapSecurity, user: values.imapUser.trim(), ...(pins.imap ? { pinnedCertificate: pins.imap } : {}) },
    folders,
    doneFolder: values.doneFolder.trim(),
    ...(values.sentFolder.trim() ? { sentFolder: values.sentFolder.trim() } : {}),
    ...(values.smtpEnabled
      ? {
          smtp: {
            host: (values.smtpHost ?? '').trim(),
            port: Number(values.smtpPort),
            security: values.smtpSecurity ?? 'tls',
            user: (values.smtpUser ?? '').trim(),
            ...(pins.smtp ? { pinnedCertificate: pins.smtp } : {}),
          },
        }
      : {}),
    maxMessageBytes: Math.round(Number(values.maxMessageMb) * MB),
    pollSeconds: Number(values.pollSeconds),
  };
  const parsed = mailboxAccountSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, account: parsed.data };
  return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => i.path.join('.')))] };
}
