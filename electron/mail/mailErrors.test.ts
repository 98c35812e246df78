import { describe, expect, it } from 'vitest';
import { pagesOf } from './accountWatcher';
import { classifyMailError } from './mailErrors';
import { sendProblem } from './smtpSender';

describe('mail server faults, as the officer is told them', () => {
  it.each([
    [{ authenticationFailed: true, responseText: 'Authentication failed.' }, 'auth-failed'],
    [{ code: 'EAUTH', response: '535 Invalid username or password' }, 'auth-failed'],
    [{ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'tls-untrusted'],
    [{ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'tls-untrusted'],
    [{ code: 'CERT_PIN_MISMATCH' }, 'tls-untrusted'],
    [{ code: 'ECONNREFUSED' }, 'unreachable'],
    [{ code: 'ENOTFOUND' }, 'unreachable'],
    [{ code: 'CONNECT_TIMEOUT' }, 'unreachable'],
    [{ code: 'ECONNRESET' }, 'connection-lost'],
    [{ code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT', command: 'CONN' }, 'tls-untrusted'],
    [{ code: 'ESOCKET', originalCode: 'ECONNREFUSED', command: 'CONN' }, 'unreachable'],
    [{ code: 'NoConnection' }, 'connection-lost'],
    [{ tlsFailed: true, message: 'Server does not support STARTTLS' }, 'tls-failed'],
    [new Error('something else'), 'protocol'],
  ])('%o → %s', (error, problem) => {
    expect(classifyMailError(error).problem).toBe(problem);
  });

  it('keeps only a server code as detail, never a message that could quote an address', () => {
    expect(classifyMailError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED legal@solutioncl.com' })).toEqual({ problem: 'unreachable', detail: 'ECONNREFUSED' });
    expect(classifyMailError(new Error('Login failed for zhang.san@example.cn'))).toEqual({ problem: 'protocol' });
  });

  it('tells a refused message from a refused login when sending', () => {
    expect(sendProblem({ code: 'EENVELOPE', responseCode: 550 })).toEqual({ problem: 'rejected', detail: '550' });
    expect(sendProblem({ code: 'EAUTH', responseCode: 535 })).toMatchObject({ problem: 'auth-failed' });
    expect(sendProblem({ code: 'ECONNREFUSED' })).toMatchObject({ problem: 'unreachable' });
  });
});

describe('pages of a first synchronisation', () => {
  const meta = (uid: number, size: number) => ({ uid, size, internalDate: undefined });
  it('holds at most `size` messages and `bytes` bytes, but always at least one message', () => {
    const pages = pagesOf([meta(1, 10), meta(2, 10), meta(3, 10), meta(4, 100), meta(5, 10)], 2, 50);
    expect(pages.map((p) => p.map((m) => m.uid))).toEqual([[1, 2], [3], [4], [5]]);
  });
});
