import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { CertificateInfo, MailServer } from '../../shared/mailbox';
import { certificateInfo } from './tlsOptions';

/**
 * The certificate a mail server shows, fetched without trusting it, so that
 * a manager can look at it and pin it (issue 17: "certificate errors refused
 * unless a manager pins the certificate"). Only the handshake happens: no
 * user name or password is ever sent on this connection. For STARTTLS the
 * probe speaks just enough IMAP or SMTP to ask for TLS.
 *
 * The certificate offered for pinning is the topmost one the server sent:
 * for a self-signed server its own, for an in-house CA that the server sends
 * along, that CA's.
 */
const PROBE_TIMEOUT_MS = 10_000;

type Protocol = 'imap' | 'smtp';

function readLine(socket: Socket, until: (line: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      if (buffer.length > 64 * 1024) return finish(new Error('answer too long'));
      const lines = buffer.split('\r\n');
      buffer = lines.pop() ?? '';
      const found = lines.find(until);
      if (found !== undefined) finish(null, found);
    };
    const onError = (error: Error) => finish(error);
    const onClose = () => finish(new Error('closed'));
    const finish = (error: Error | null, line?: string) => {
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
      if (error) reject(error);
      else resolve(line ?? '');
    };
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
  });
}

/** Plain text up to the point where the server agrees to start TLS. */
async function startTlsDialogue(socket: Socket, protocol: Protocol): Promise<void> {
  if (protocol === 'imap') {
    await readLine(socket, (l) => l.startsWith('* '));
    socket.write('c1 STARTTLS\r\n');
    const answer = await readLine(socket, (l) => l.startsWith('c1 '));
    if (!/^c1 OK/i.test(answer)) throw Object.assign(new Error('STARTTLS refused'), { tlsFailed: true });
    return;
  }
  await readLine(socket, (l) => /^220 /.test(l));
  socket.write('EHLO casedesk.invalid\r\n');
  await readLine(socket, (l) => /^\d{3} /.test(l));
  socket.write('STARTTLS\r\n');
  const answer = await readLine(socket, (l) => /^\d{3} /.test(l));
  if (!answer.startsWith('220')) throw Object.assign(new Error('STARTTLS refused'), { tlsFailed: true });
}

function topOfChain(leaf: PeerCertificate): PeerCertificate {
  let cert = leaf;
  const seen = new Set<PeerCertificate>([cert]);
  for (;;) {
    const next = (cert as PeerCertificate & { issuerCertificate?: PeerCertificate }).issuerCertificate;
    if (!next || seen.has(next) || !next.raw) return cert;
    seen.add(next);
    cert = next;
  }
}

export async function probeCertificate(server: Pick<MailServer, 'host' | 'port' | 'security'>, protocol: Protocol): Promise<CertificateInfo | null> {
  const servername = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(server.host) ? undefined : server.host;
  let plain: Socket | undefined;
  let secure: TLSSocket | undefined;
  const timer = setTimeout(() => {
    plain?.destroy();
    secure?.destroy();
  }, PROBE_TIMEOUT_MS);
  try {
    if (server.security === 'starttls') {
      plain = connectTcp({ host: server.host, port: server.port });
      await startTlsDialogue(plain, protocol);
    }
    secure = await new Promise<TLSSocket>((resolve, reject) => {
      // not trusted on purpose: this connection only looks at the certificate, and carries nothing
      const socket = connectTls({ ...(plain ? { socket: plain } : { host: server.host, port: server.port }), ...(servername ? { servername } : {}), rejectUnauthorized: false, minVersion: 'TLSv1.2' });
      socket.once('secureConnect', () => resolve(socket));
      socket.once('error', reject);
    });
    const leaf = secure.getPeerCertificate(true);
    if (!leaf.raw) return null;
    return certificateInfo(topOfChain(leaf).raw);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    secure?.destroy();
    plain?.destroy();
  }
}
