import { beforeAll, describe, expect, it } from 'vitest';
import { ImportBatch, type ImportProgress } from './importBatch';
import { planImport, type ImportOutcome } from './importPlan';
import { parseMailFile } from './mailFile';
import type { ParseResult } from './parsedMessage';
import { parseEmail } from './parseEmail';
import { EMPTY_KNOWN_MAIL, type KnownMail } from './threading';
import { fixtureBytes, manifest } from './test-support/fixtures';

const OPTIONS = { companyDomains: manifest.companyDomains, attachmentLimitBytes: 100_000 };
let results: ParseResult[] = [];
/** "file" or "file#n" for an mbox message → its index in `results` */
const at = new Map<string, number>();

beforeAll(async () => {
  for (const entry of manifest.fixtures) {
    const parsed = await parseMailFile({ name: entry.file, bytes: fixtureBytes(entry.file), lastModified: manifest.fileTime }, OPTIONS);
    parsed.forEach((r, i) => at.set(entry.kind === 'mbox' ? `${entry.file}#${i}` : entry.file, results.length + i));
    results = results.concat(parsed);
  }
});

const outcomeOf = (outcomes: ImportOutcome[], key: string) => outcomes[at.get(key)!]!;

describe('planImport: a first import of every fixture', () => {
  it('opens, joins, skips and keeps what it should, and sums it up', () => {
    const { outcomes, summary } = planImport(results, EMPTY_KNOWN_MAIL);
    expect(outcomes).toHaveLength(results.length);
    expect(outcomeOf(outcomes, '24-duplicate-of-01.eml')).toEqual({ kind: 'duplicate', index: at.get('24-duplicate-of-01.eml'), of: { item: at.get('01-utf8-base64-access.eml') }, by: 'message-id' });
    // the reply names our acknowledgement (unknown here) and, in References, the original request of this batch
    expect(outcomeOf(outcomes, '22-reply-in-reply-to.eml')).toMatchObject({ kind: 'joined', target: { openedBy: at.get('01-utf8-base64-access.eml') }, via: 'references' });
    expect(outcomeOf(outcomes, '23-subject-case-reference.eml')).toMatchObject({ kind: 'created', unknownReference: 'CL-2026-0042' });
    expect(outcomeOf(outcomes, '40-export.mbox#1')).toMatchObject({ kind: 'joined', target: { openedBy: at.get('40-export.mbox#0') }, via: 'in-reply-to' });
    expect(outcomeOf(outcomes, '40-export.mbox#2')).toMatchObject({ kind: 'duplicate', of: { item: at.get('40-export.mbox#0') } });
    expect(outcomeOf(outcomes, '35-empty.eml')).toEqual({ kind: 'failed', index: at.get('35-empty.eml'), code: 'empty-file', needsReview: true });
    expect(outcomeOf(outcomes, '36-binary-garbage.eml')).toMatchObject({ kind: 'failed', code: 'not-a-message' });

    const created = outcomeOf(outcomes, '25-complaint-with-phone-and-id.eml');
    expect(created).toMatchObject({ kind: 'created', needsReview: false, requester: { email: 'huangli@139.com', phone: '13500001234', idNumber: '11010519491231002X', name: '黄丽' } });
    expect(created.kind === 'created' && created.classification.requestType.type).toBe('complaint');
    expect(outcomeOf(outcomes, '31-truncated-base64.eml')).toMatchObject({ kind: 'created', needsReview: true });
    // issue 12: neither Date nor Received: the file's time is a guess the officer must confirm
    expect(outcomeOf(outcomes, '20-no-date-no-received-minor.eml')).toMatchObject({ kind: 'created', needsReview: true });
    expect(outcomeOf(outcomes, '21-no-date-with-received-deceased.eml')).toMatchObject({ kind: 'created', needsReview: false });

    expect(summary).toMatchObject({ messages: results.length, created: results.length - 6, joined: 2, duplicates: 2, failed: 2, attachmentsRefused: 1 });
    expect(summary.warnings).toMatchObject({ 'date-missing': 2, 'header-8bit': 3, 'attachment-too-large': 1 });
  });

  it('decides in order of receipt: an answer found before its original still joins it', () => {
    const reversed = [...results].reverse();
    const { outcomes } = planImport(reversed, EMPTY_KNOWN_MAIL);
    const index = (key: string) => reversed.length - 1 - at.get(key)!;
    expect(outcomes[index('22-reply-in-reply-to.eml')]).toMatchObject({ kind: 'joined', target: { openedBy: index('01-utf8-base64-access.eml') } });
    // of two copies of one message, the one received first opens the case
    expect(outcomes[index('01-utf8-base64-access.eml')]).toMatchObject({ kind: 'created' });
    expect(outcomes[index('24-duplicate-of-01.eml')]).toMatchObject({ kind: 'duplicate' });
  });
});

describe('planImport against the case store', () => {
  const message = (key: string) => {
    const r = results[at.get(key)!]!;
    if (!r.ok) throw new Error(key);
    return r.message;
  };
  /** the store holds 01 on case-1 (requester r-1, known by 01's address) and case-42 of someone else */
  const stored = (): KnownMail => ({
    caseIdByMessageId: new Map([
      ['20260302102055.1a2b3c@163.com', 'case-1'],
      ['ack.CL-2026-0007@solutioncl.com', 'case-1'],
    ]),
    caseIdByDigest: new Map([[manifest.fixtures.find((f) => f.file === '35-empty.eml')!.sha256, 'case-9']]),
    caseIdByReference: new Map([['CL-2026-0042', 'case-42']]),
    pausedCaseIds: new Set(['case-1', 'case-42']),
    contentDigestsByMessageId: new Map([['20260302102055.1a2b3c@163.com', new Set([message('01-utf8-base64-access.eml').contentSha256!])]]),
    requesterIdByCaseId: new Map([
      ['case-1', 'r-1'],
      ['case-42', 'r-42'],
    ]),
    requesterIdsBySender: new Map([[message('01-utf8-base64-access.eml').from!.address.toLowerCase(), new Set(['r-1'])]]),
  });

  it('skips what is stored, joins a case its requester answers, and proposes resuming its paused clock', () => {
    const { outcomes } = planImport(results, stored());
    expect(outcomeOf(outcomes, '01-utf8-base64-access.eml')).toMatchObject({ kind: 'duplicate', of: { caseId: 'case-1' }, by: 'message-id' });
    // delivered again: other Received headers, the same content
    expect(outcomeOf(outcomes, '24-duplicate-of-01.eml')).toMatchObject({ kind: 'duplicate', of: { caseId: 'case-1' }, by: 'message-id' });
    expect(outcomeOf(outcomes, '22-reply-in-reply-to.eml')).toEqual({
      kind: 'joined',
      index: at.get('22-reply-in-reply-to.eml'),
      target: { caseId: 'case-1' },
      via: 'in-reply-to',
      key: 'ack.CL-2026-0007@solutioncl.com',
      outgoing: false,
      resumesClock: true,
    });
    expect(outcomeOf(outcomes, '35-empty.eml')).toMatchObject({ kind: 'duplicate', of: { caseId: 'case-9' }, by: 'sha256' });
  });

  it('a case reference in the subject from a stranger opens a new case that cites it, and resumes no clock (issue 12)', () => {
    const { outcomes } = planImport(results, stored());
    const outcome = outcomeOf(outcomes, '23-subject-case-reference.eml');
    expect(outcome).toMatchObject({ kind: 'created', needsReview: true, cites: { target: { caseId: 'case-42' }, via: 'case-reference', key: 'CL-2026-0042' } });
    expect(outcome).not.toHaveProperty('unknownReference');
  });

  it('In-Reply-To copied by a stranger does not join either', async () => {
    const forged = await parseEmail(
      new TextEncoder().encode('From: someone@evil.example\r\nSubject: Re: 补充材料\r\nIn-Reply-To: <ack.CL-2026-0007@solutioncl.com>\r\nMessage-ID: <forged@evil.example>\r\nDate: Tue, 10 Mar 2026 09:00:00 +0800\r\n\r\n请恢复处理\r\n'),
      { fileName: 'forged.eml', companyDomains: ['solutioncl.com'] },
    );
    const { outcomes } = planImport([forged], stored());
    expect(outcomes[0]).toMatchObject({ kind: 'created', needsReview: true, cites: { target: { caseId: 'case-1' }, via: 'in-reply-to' } });
  });

  it('a different message that reuses a stored Message-ID is kept and flagged, not dropped (issue 12)', async () => {
    const reuse = await parseEmail(
      new TextEncoder().encode('From: other@example.cn\r\nSubject: 另一封信\r\nMessage-ID: <20260302102055.1a2b3c@163.com>\r\nDate: Tue, 10 Mar 2026 09:00:00 +0800\r\n\r\n完全不同的内容\r\n'),
      { fileName: 'reuse.eml', companyDomains: ['solutioncl.com'] },
    );
    const { outcomes } = planImport([reuse], stored());
    expect(outcomes[0]).toMatchObject({ kind: 'created', needsReview: true, messageIdReused: true });
    // and within one batch: the second of two messages with one id
    const again = await parseEmail(new TextEncoder().encode('From: x@example.cn\r\nSubject: 第三封\r\nMessage-ID: <20260302102055.1a2b3c@163.com>\r\n\r\n又不同\r\n'), { fileName: 'again.eml', companyDomains: [] });
    const batch = planImport([reuse, again], EMPTY_KNOWN_MAIL).outcomes;
    expect(batch.map((o) => o.kind)).toEqual(['created', 'created']);
    expect(batch.filter((o) => o.kind === 'created' && o.messageIdReused)).toHaveLength(1);
  });

  it('within a batch, an answer from someone else than the sender who opened the case cites it', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const opening = await parseEmail(enc('From: zhang@163.com\r\nSubject: 申请删除\r\nMessage-ID: <o@163.com>\r\nDate: Tue, 10 Mar 2026 09:00:00 +0800\r\n\r\n请删除\r\n'), { fileName: 'o.eml', companyDomains: [] });
    const own = await parseEmail(enc('From: Zhang <ZHANG@163.com>\r\nSubject: Re\r\nIn-Reply-To: <o@163.com>\r\nDate: Tue, 10 Mar 2026 10:00:00 +0800\r\n\r\n补充\r\n'), { fileName: 'a.eml', companyDomains: [] });
    const other = await parseEmail(enc('From: li@qq.com\r\nSubject: Re\r\nIn-Reply-To: <o@163.com>\r\nDate: Tue, 10 Mar 2026 11:00:00 +0800\r\n\r\n补充\r\n'), { fileName: 'b.eml', companyDomains: [] });
    const { outcomes } = planImport([opening, own, other], EMPTY_KNOWN_MAIL);
    expect(outcomes[1]).toMatchObject({ kind: 'joined', target: { openedBy: 0 } });
    expect(outcomes[2]).toMatchObject({ kind: 'created', cites: { target: { openedBy: 0 }, via: 'in-reply-to' } });
  });

  it('marks our own reply as outgoing and does not resume the clock for it', async () => {
    const reply = await parseEmail(
      new TextEncoder().encode('From: legal@solutioncl.com\r\nTo: a@example.com\r\nSubject: Re: x\r\nIn-Reply-To: <req@x>\r\nMessage-ID: <our@solutioncl.com>\r\nDate: Tue, 10 Mar 2026 09:00:00 +0800\r\n\r\nAnswer\r\n'),
      { fileName: 'reply.eml', companyDomains: ['solutioncl.com'] },
    );
    const { outcomes } = planImport([reply], { ...EMPTY_KNOWN_MAIL, caseIdByMessageId: new Map([['req@x', 'c']]), pausedCaseIds: new Set(['c']) });
    expect(outcomes[0]).toMatchObject({ kind: 'joined', outgoing: true, resumesClock: false });
  });
});

describe('ImportBatch (what a Web Worker runs)', () => {
  it('reports progress per message and plans like planImport', async () => {
    const batch = new ImportBatch(OPTIONS);
    const seen: ImportProgress[] = [];
    for (const file of ['01-utf8-base64-access.eml', '40-export.mbox', '35-empty.eml']) {
      await batch.addFile({ name: file, bytes: fixtureBytes(file) }, (p) => seen.push(p));
    }
    expect(seen.filter((p) => p.currentFile === '40-export.mbox').map((p) => p.messagesParsed)).toEqual([2, 3, 4, 5]);
    expect(batch.progress).toEqual({ filesDone: 3, messagesParsed: 6, failed: 1 });
    expect(batch.lookupKeys().messageIds).toEqual(expect.arrayContaining(['20260302102055.1a2b3c@163.com', 'mbox-a@example.net']));
    expect(batch.plan(EMPTY_KNOWN_MAIL)).toEqual(planImport(batch.results, EMPTY_KNOWN_MAIL));
  });
});
