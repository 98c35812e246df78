import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { chmodSync, chownSync, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { userInfo, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A real IMAP server for the mailbox tests (issue 17): Debian's Dovecot with
 * a throwaway configuration, certificate and mail directory, listening on
 * 127.0.0.1 only (implicit TLS, and STARTTLS on a second port). Started and
 * stopped by the test; `.ci/systemPackages.mjs` installs dovecot-imapd.
 */
const run = promisify(execFile);

export const DOVECOT = '/usr/sbin/dovecot';
export const DOVEADM = '/usr/bin/doveadm';
export const dovecotInstalled = existsSync(DOVECOT) && existsSync(DOVEADM);

export interface TestUser {
  name: string;
  password: string;
}

export interface DovecotOptions {
  /** implicit TLS */
  imapsPort: number;
  /** STARTTLS */
  imapPort: number;
  users: TestUser[];
  /** the name in the certificate */
  hostName?: string;
}

export interface TestCertificate {
  keyPem: string;
  certPem: string;
  sha256: string;
}

/** A self-signed certificate for 127.0.0.1 and `hostName` (openssl is part of Debian's base). */
export async function makeCertificate(dir: string, hostName = 'mail.test.casedesk'): Promise<TestCertificate> {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${hostName}`, '-addext', `subjectAltName=DNS:${hostName},IP:127.0.0.1`]);
  const certPem = await readFile(cert, 'utf8');
  return { keyPem: await readFile(key, 'utf8'), certPem, sha256: createHash('sha256').update(new X509Certificate(certPem).raw).digest('hex') };
}

export interface RunningDovecot {
  dir: string;
  certificate: TestCertificate;
  /** doveadm with this configuration */
  doveadm(...args: string[]): Promise<string>;
  /** sets a folder's UIDVALIDITY, as a restored or migrated server would */
  setUidValidity(user: string, folder: string, value: number): Promise<void>;
  /** ends every connection of a user */
  kick(user: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startDovecot(options: DovecotOptions): Promise<RunningDovecot> {
  const dir = await mkdtemp(join(tmpdir(), 'casedesk-dovecot-'));
  for (const sub of ['run', 'state', 'home', 'log']) await mkdir(join(dir, sub));
  const certificate = await makeCertificate(dir, options.hostName);
  await writeFile(join(dir, 'users'), options.users.map((u) => `${u.name}:{PLAIN}${u.password}::::::`).join('\n') + '\n');
  // as root Dovecot runs its login processes as dovenull and the mail as dovecot; otherwise all as us
  const root = process.getuid?.() === 0;
  const me = userInfo().username;
  const mailUser = root ? 'dovecot' : me;
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'dovecot']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'dovecot']).toString().trim());
    chownSync(join(dir, 'home'), uid, gid);
    // mkdtemp makes it 0700; Dovecot's auth process (as dovecot) must reach the users file inside
    chmodSync(dir, 0o711);
  }
  const conf = join(dir, 'dovecot.conf');
  await writeFile(
    conf,
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/log/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <${dir}/cert.pem
ssl_key = <${dir}/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login
default_internal_user = ${root ? 'dovecot' : me}
default_internal_group = ${root ? 'dovecot' : userInfo().username}
default_login_user = ${root ? 'dovenull' : me}
mail_location = maildir:~/Maildir
# new mail is seen by IDLE within a second (the default checks every 30 s)
mailbox_idle_check_interval = 1 secs
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${mailUser} gid=${mailUser} home=${dir}/home/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    port = ${options.imapPort}
  }
  inet_listener imaps {
    port = ${options.imapsPort}
    ssl = yes
  }
}
service anvil {
  chroot =
}
`,
  );
  // Dovecot forks into the background; its daemon would keep a pipe open, so no output is captured
  await new Promise<void>((resolve, reject) => {
    const master = spawn(DOVECOT, ['-c', conf], { stdio: 'ignore' });
    master.on('error', reject);
    master.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`dovecot exited with ${code}; see ${dir}/log/dovecot.log`))));
  });
  const doveadm = async (...args: string[]) => (await run(DOVEADM, ['-c', conf, ...args])).stdout;
  // ready once it accepts a TCP connection on the implicit-TLS port
  await waitForPort(options.imapsPort);
  return {
    dir,
    certificate,
    doveadm,
    setUidValidity: async (user, folder, value) => void (await doveadm('mailbox', 'update', '-u', user, '--uid-validity', String(value), folder)),
    kick: async (user) => void (await doveadm('kick', user).catch(() => '')),
    stop: async () => {
      const pid = Number((await readFile(join(dir, 'run', 'master.pid'), 'utf8').catch(() => '0')).trim());
      if (pid > 0) {
        process.kill(pid);
        // gone once the pid no longer answers
        for (let i = 0; i < 50; i++) {
          try {
            process.kill(pid, 0);
          } catch {
            break;
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number): Promise<void> {
  const { connect } = await import('node:net');
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Dovecot did not listen on ${port}`);
}
