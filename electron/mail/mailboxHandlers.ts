import type { z } from 'zod';
import type { MessageOutput, PlatformMessages } from '../../shared/platform/contract';
import { fail, ok, type Result } from '../../shared/platform/result';
import type { MailboxService } from './mailboxService';

/**
 * The mailbox's platform messages (`casedesk:mailbox:*`, issue 17), one
 * function each, answered by the same MailboxService in the desktop's main
 * process (electron/handlers/index.ts) and in the web host's own server
 * (electron/webHost/cli.ts). Arguments arrive already parsed by the
 * contract's schemas (electron/dispatch.ts).
 */
export const mailboxMessageNames = ['mailboxAccounts', 'mailboxSave', 'mailboxRemove', 'mailboxTest', 'mailboxStatus', 'mailboxNext', 'mailboxAck', 'mailboxSend'] as const;
export type MailboxMessageName = (typeof mailboxMessageNames)[number];

type Input<N extends MailboxMessageName> = z.output<PlatformMessages[N]['input']>;
export type MailboxHandlers = { [N in MailboxMessageName]: (input: Input<N>) => Promise<Result<MessageOutput<N>>> };

export function mailboxHandlers(service: MailboxService): MailboxHandlers {
  return {
    mailboxAccounts: async () => ok({ accounts: await service.accounts() }),
    mailboxSave: async ({ account, imapPassword, smtpPassword }) => {
      const saved = await service.save(account, { ...(imapPassword !== undefined ? { imap: imapPassword } : {}), ...(smtpPassword !== undefined ? { smtp: smtpPassword } : {}) });
      return saved.ok ? ok({}) : fail(saved.reason);
    },
    mailboxRemove: async ({ accountId }) => {
      await service.remove(accountId);
      return ok({});
    },
    mailboxTest: async ({ account, imapPassword, smtpPassword }) =>
      ok(await service.test(account, { ...(imapPassword !== undefined ? { imap: imapPassword } : {}), ...(smtpPassword !== undefined ? { smtp: smtpPassword } : {}) })),
    mailboxStatus: async () => {
      await service.start();
      return ok({ states: service.states() });
    },
    mailboxNext: async ({ waitMs, seen }) => ok(await service.next(waitMs, seen)),
    mailboxAck: async (ack) => {
      service.ack(ack);
      return ok({});
    },
    mailboxSend: async ({ accountId, eml, recipients }) => ok(await service.send(accountId, eml, recipients)),
  };
}
