import type { MailboxProblem } from '../../shared/mailbox';

/**
 * What went wrong with a mail server, as a problem the officer can act on
 * (issue 17: each fault has a clear state in the user's language), read from
 * the codes and flags Node's sockets, TLS and imapflow / nodemailer put on
 * their errors. `detail` is that code, for the record: never a message text,
 * which may quote an address or the server's banner with a user name.
 */
const UNTRUSTED_CERTIFICATE = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  'CERT_PIN_MISMATCH',
]);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'ETIMEOUT', 'ECONNECTION', 'EDNS']);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'NoConnection', 'ClosedAfterConnectTLS', 'ClosedAfterConnectText', 'ESOCKET', 'ETIMEDOUT_SOCKET', 'SOCKET_TIMEOUT', 'EConnectionClosed']);

export interface ClassifiedError {
  problem: MailboxProblem;
  detail?: string;
}

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, name) : undefined;
}

export function classifyMailError(error: unknown): ClassifiedError {
  // nodemailer puts its own ESOCKET in `code` and the socket's or TLS's code in `originalCode`
  const code = field(error, 'originalCode') ?? field(error, 'code');
  const detail = typeof code === 'string' && /^[A-Za-z0-9_.-]{1,60}$/.test(code) ? code : undefined;
  const withDetail = (problem: MailboxProblem): ClassifiedError => (detail ? { problem, detail } : { problem });
  // imapflow marks a refused login; nodemailer says EAUTH
  if (field(error, 'authenticationFailed') === true || code === 'EAUTH') return withDetail('auth-failed');
  if (typeof code === 'string' && UNTRUSTED_CERTIFICATE.has(code)) return withDetail('tls-untrusted');
  if (typeof code === 'string' && UNREACHABLE.has(code)) return withDetail('unreachable');
  if (typeof code === 'string' && DROPPED.has(code)) return withDetail('connection-lost');
  if (field(error, 'tlsFailed') === true || code === 'ETLS' || (typeof code === 'string' && code.startsWith('ERR_SSL'))) return withDetail('tls-failed');
  return withDetail('protocol');
}
