import { z } from 'zod';
import { mailboxAccountSchema, passwordSecretName } from '../../shared/mailbox';
import { fail, ok } from '../../shared/platform/result';
import { decodeFrame, encodeFrame } from '../../shared/platform/wireFrame';
import { MemoryAccountStore } from '../mail/accountStore';
import { probeCertificate } from '../mail/certificateProbe';
import { connectImap } from '../mail/imapSession';
import { mailboxHandlers } from '../mail/mailboxHandlers';
import { MailboxService } from '../mail/mailboxService';
import { MemorySecrets } from '../mail/secrets';
import { smtpClient } from '../mail/smtpSender';
import type { ServerHandlers } from './apiRoutes';

/**
 * The mailbox in the web host's own server (issue 17; README "the web host"):
 * the same MailboxService as the desktop's main process, with the accounts
 * and passwords in memory only. The page keeps them in its own vault
 * (renderer/platform/web/mailboxClient.ts) and hands them over once per
 * launch through `restore`, a route of this server only, not a platform message.
 */
export const RESTORE_ROUTE = '_mailboxRestore';

const restoreSchema = z
  .object({
    accounts: z.array(mailboxAccountSchema).max(20),
    passwords: z.array(z.object({ accountId: z.string(), server: z.enum(['imap', 'smtp']), value: z.string().min(1).max(1024) })).max(40),
  })
  .strict();

export function createWebHostMailbox(log: (message: string) => void) {
  const secrets = new MemorySecrets();
  const service = new MailboxService({
    store: new MemoryAccountStore(),
    secrets,
    connect: connectImap,
    probe: probeCertificate,
    smtp: smtpClient,
    now: () => new Date(),
    log,
  });
  const handlers: ServerHandlers = mailboxHandlers(service);
  return {
    service,
    handlers,
    async restore(body: Uint8Array): Promise<Uint8Array> {
      let parsed: z.infer<typeof restoreSchema>;
      try {
        const result = restoreSchema.safeParse(decodeFrame(body));
        if (!result.success) return encodeFrame(fail('invalid-argument', 'restore'));
        parsed = result.data;
      } catch {
        return encodeFrame(fail('invalid-argument', 'restore'));
      }
      for (const { accountId, server, value } of parsed.passwords) await secrets.set(passwordSecretName(accountId, server), value);
      await service.replaceAll(parsed.accounts);
      return encodeFrame(ok({}));
    },
  };
}
