import { ImapFlow } from 'imapflow';
import { SMTPServer } from 'smtp-server';
import type { TestCertificate, TestUser } from './dovecot';

/**
 * A local SMTP server for the mailbox tests (issue 17), on 127.0.0.1 with
 * implicit TLS and the test certificate: it takes a message from a logged-in
 * user, records it, and delivers it into the recipient's Dovecot INBOX with
 * IMAP APPEND — so a reply sent from a case arrives in the requester's test
 * mailbox. A recipient whose address starts with `refuse` is refused (550).
 */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
  at: Date;
}

export interface TestSmtpOptions {
  port: number;
  certificate: TestCertificate;
  /** the account allowed to send */
  login: TestUser;
  /** where to deliver: an address's local part is the Dovecot user; any other address goes to `catchAll` if given */
  deliverTo: { imapsPort: number; users: TestUser[]; catchAll?: TestUser };
}

/** Appends a message to a Dovecot user's folder, as their server's delivery would (INTERNALDATE: now, or `date`). */
export async function appendToMailbox(imapsPort: number, certificate: TestCertificate, user: TestUser, raw: Uint8Array | string, folder = 'INBOX', date?: Date): Promise<void> {
  const client = new ImapFlow({ host: '127.0.0.1', port: imapsPort, secure: true, auth: { user: user.name, pass: user.password }, logger: false, tls: { ca: [certificate.certPem], servername: 'mail.test.casedesk' } });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.mailboxCreate(folder).catch(() => undefined);
    await client.append(folder, typeof raw === 'string' ? raw : Buffer.from(raw), [], date);
  } finally {
    await client.logout();
  }
}

export async function startTestSmtp(options: TestSmtpOptions) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: true,
    key: options.certificate.keyPem,
    cert: options.certificate.certPem,
    authMethods: ['PLAIN', 'LOGIN'],
    // the company's MX takes mail from outside without a login; a login, when given, must be right
    authOptional: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.login.name && auth.password === options.login.password) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('refuse')) callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((r) => r.address);
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to, raw, at: new Date() });
        const deliveries = to.map((address) => {
          const user = options.deliverTo.users.find((u) => u.name === address.split('@')[0]) ?? options.deliverTo.catchAll;
          return user ? appendToMailbox(options.deliverTo.imapsPort, options.certificate, user, raw) : Promise.resolve();
        });
        Promise.all(deliveries).then(
          () => callback(null, 'Ok: queued'),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    received,
    // open connections are not waited for: a test that ends must not hang on a client's socket
    stop: () => new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 2000);
      server.close(() => {
        clearTimeout(timer);
        resolve();
      });
    }),
  };
}
