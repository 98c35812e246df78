import { describe, expect, it } from 'vitest';
import { caseReferencesIn, decideThread, threadAgainst, type KnownMail } from './threading';

const known: KnownMail = {
  caseIdByMessageId: new Map([
    ['ack.CL-2026-0007@solutioncl.com', 'case-7'],
    ['req-1@163.com', 'case-7'],
    ['old@example.com', 'case-3'],
  ]),
  caseIdByDigest: new Map(),
  caseIdByReference: new Map([['CL-2026-0042', 'case-42']]),
};

describe('threading (SPEC §1)', () => {
  it('joins by In-Reply-To first', () => {
    expect(threadAgainst({ inReplyTo: 'ack.CL-2026-0007@solutioncl.com', references: ['old@example.com'], subject: 'Re: CL-2026-0042' }, known)).toEqual({
      kind: 'join',
      target: 'case-7',
      via: 'in-reply-to',
      key: 'ack.CL-2026-0007@solutioncl.com',
    });
  });

  it('then by References, newest (last) first', () => {
    expect(threadAgainst({ inReplyTo: 'unknown@x', references: ['old@example.com', 'req-1@163.com', 'unknown@y'], subject: '' }, known)).toMatchObject({
      target: 'case-7',
      via: 'references',
      key: 'req-1@163.com',
    });
  });

  it('then by a case reference in the subject', () => {
    expect(threadAgainst({ references: [], subject: '回复：关于CL-2026-0042的补充说明' }, known)).toMatchObject({ target: 'case-42', via: 'case-reference' });
  });

  it('opens a new case otherwise, noting a reference that names no case', () => {
    expect(threadAgainst({ references: [], subject: '关于CL-2025-0999' }, known)).toEqual({ kind: 'new', unknownReference: 'CL-2025-0999' });
    expect(threadAgainst({ references: [], subject: '你好' }, known)).toEqual({ kind: 'new' });
  });

  it('works with any kind of target (a case the batch is about to open)', () => {
    const d = decideThread({ inReplyTo: 'a@b', references: [], subject: '' }, (id) => (id === 'a@b' ? { openedBy: 3 } : undefined), () => undefined);
    expect(d).toMatchObject({ kind: 'join', target: { openedBy: 3 } });
  });

  it('finds every case reference in a subject', () => {
    expect(caseReferencesIn('CL-2026-0042 and CL-2026-10001, not XCL-2026-0001')).toEqual(['CL-2026-0042', 'CL-2026-10001']);
  });
});
