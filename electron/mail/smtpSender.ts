import { createTransport } from 'nodemailer';
import type { MailboxSendProblem, MailServer } from '../../shared/mailbox';
import { classifyMailError } from './mailErrors';
import { tlsOptionsFor } from './tlsOptions';

/**
 * Sends one reply as it is (issue 17): the signed letter's .eml, byte for
 * byte, over the account's SMTP server — nodemailer's `raw` leaves the
 * message alone, so what the requester receives is what the case keeps.
 * The envelope sender is the account's address; TLS as for IMAP (implicit,
 * or STARTTLS required, and verified or pinned).
 */
export type SmtpOutcome = { sent: true; response: string } | { sent: false; problem: MailboxSendProblem; detail?: string };

export interface SmtpMessage {
  from: string;
  recipients: readonly string[];
  raw: Uint8Array;
}

export interface SmtpClient {
  send(server: MailServer, password: string, message: SmtpMessage): Promise<SmtpOutcome>;
  /** connects, logs in and quits: what Settings' test does */
  verify(server: MailServer, password: string): Promise<{ ok: true } | { ok: false; error: unknown }>;
}

/** An SMTP reply code from an error, when the server refused (5xx, 4xx). */
function responseCode(error: unknown): number | undefined {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'responseCode') : undefined;
  return typeof code === 'number' ? code : undefined;
}

export function sendProblem(error: unknown): { problem: MailboxSendProblem; detail?: string } {
  const code = responseCode(error);
  const errorCode = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  if (errorCode !== 'EAUTH' && (errorCode === 'EENVELOPE' || errorCode === 'EMESSAGE' || (code !== undefined && code >= 400))) {
    return { problem: 'rejected', ...(code !== undefined ? { detail: String(code) } : typeof errorCode === 'string' ? { detail: errorCode } : {}) };
  }
  const { problem, detail } = classifyMailError(error);
  const mapped: MailboxSendProblem =
    problem === 'auth-failed' || problem === 'tls-untrusted' || problem === 'tls-failed' || problem === 'unreachable' || problem === 'connection-lost' ? problem : 'rejected';
  return detail ? { problem: mapped, detail } : { problem: mapped };
}

function transportFor(server: MailServer, password: string) {
  return createTransport({
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    // STARTTLS required, never opportunistic
    requireTLS: server.security === 'starttls',
    auth: { user: server.user, pass: password },
    tls: tlsOptionsFor(server),
    logger: false,
    debug: false,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

async function send(server: MailServer, password: string, message: SmtpMessage): Promise<SmtpOutcome> {
  const transport = transportFor(server, password);
  try {
    const info = await transport.sendMail({ envelope: { from: message.from, to: [...message.recipients] }, raw: Buffer.from(message.raw.buffer, message.raw.byteOffset, message.raw.byteLength) });
    const accepted = Array.isArray(info.accepted) ? info.accepted.length : 0;
    if (accepted === 0) return { sent: false, problem: 'rejected', detail: 'no recipient accepted' };
    return { sent: true, response: String(info.response ?? '').slice(0, 500) };
  } catch (error) {
    return { sent: false, ...sendProblem(error) };
  } finally {
    transport.close();
  }
}

async function verify(server: MailServer, password: string): Promise<{ ok: true } | { ok: false; error: unknown }> {
  const transport = transportFor(server, password);
  try {
    await transport.verify();
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  } finally {
    transport.close();
  }
}

export const smtpClient: SmtpClient = { send, verify };
