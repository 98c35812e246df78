import { testStoreKeys } from './test-support/freshDatabase';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/audit/chain';
import { verifyAuditLog } from './audit/verifyStore';
import { openCase } from './cases';
import { CaseDeskDatabase } from './database';
import {
  deleteLetterDraft,
  letterBySha256,
  LetterSignedError,
  markLetterSent,
  recordLettersPrinted,
  recordSignedLetter,
  saveLetterDraft,
  signedLetterPdf,
  startCorrection,
  type LetterDraft,
} from './letters';
import { parseLetterBody } from './lettersBody';
import { isPostalReply, letterOfficers, listRegister } from './lettersRegister';
import { readLetterSettings, rememberSignerFingerprint, saveLetterImage, saveLetterTrust, saveLetterTypography } from './lettersSettings';
import { DEFAULT_COMPANY_DETAILS } from '../../shared/letters/company';

let db: CaseDeskDatabase;
let name: string;
let caseId: string;

beforeEach(async () => {
  name = `casedesk-letters-${crypto.randomUUID()}`;
  db = new CaseDeskDatabase(name, testStoreKeys());
  const c = await openCase(
    db,
    {
      requester: { create: { kind: 'individual', name: '张三', email: 'zhangsan@qq.com', address: '浙江省杭州市西湖区文三路 90 号', region: 'mainland' } },
      case: {
        channel: 'postal',
        receivedAt: '2026-11-20T02:00:00.000Z',
        receivedAtSource: 'entered',
        requestType: 'deletion',
        typeConfirmed: true,
        gdpr: false,
        subject: '申请删除个人信息',
        summary: '',
        status: 'open',
        stage: 'in-progress',
        assignee: '王敏',
        pauses: [],
        extensions: [],
        messageIds: [],
      },
    },
    '王敏',
    new Date('2026-11-20T02:00:00.000Z'),
  );
  caseId = c.id;
});
afterEach(async () => {
  db.close();
  await CaseDeskDatabase.delete(name);
});

function draft(overrides: Partial<LetterDraft> = {}): LetterDraft {
  return {
    id: crypto.randomUUID(),
    caseId,
    kind: 'refusal',
    layout: 'zh-CN',
    version: 1,
    subject: '关于您请求的答复',
    body: { v: 1, templateVersion: 1, written: { reasons: { 'zh-CN': '法律要求保存' } }, edited: false, sections: [] },
    ...overrides,
  };
}

const pdf = new TextEncoder().encode('%PDF-1.7 signed letter bytes');
const signedAt = '2026-11-30T02:00:00.000Z';

async function sign(d: LetterDraft, bytes = pdf) {
  return recordSignedLetter(db, { draft: d, pdf: bytes, sha256: sha256Hex(bytes), signedAt, signedBy: '王敏', reference: 'CL-2026-0001' }, new Date(signedAt));
}

describe('letters', () => {
  it('saves a draft again and again, and reads its body back', async () => {
    const d = draft();
    await saveLetterDraft(db, d);
    await saveLetterDraft(db, { ...d, subject: '改过的标题' });
    const stored = await db.letters.get(d.id);
    expect(stored).toMatchObject({ status: 'draft', subject: '改过的标题', template: 'refusal', version: 1 });
    expect(parseLetterBody(stored!.body)?.written.reasons).toEqual({ 'zh-CN': '法律要求保存' });
  });

  it('signs in one transaction: the PDF as a letter document, the record, the audit event with the SHA-256', async () => {
    const d = draft();
    await saveLetterDraft(db, d);
    const signed = await sign(d);
    const sha = sha256Hex(pdf);
    expect(signed).toMatchObject({ status: 'signed', sha256: sha, signedAt, signedBy: '王敏' });
    const doc = await db.documents.get(signed.documentId!);
    expect(doc).toMatchObject({ kind: 'letter', sha256: sha, size: pdf.byteLength, mimeType: 'application/pdf', fileName: 'CL-2026-0001-refusal-v1.pdf' });
    expect(await signedLetterPdf(db, signed)).toEqual(pdf);
    const event = (await db.auditLog.where('action').equals('letter.signed').toArray())[0];
    expect(event).toMatchObject({ subject: `case:${caseId}`, actor: '王敏' });
    expect(event?.summary).toContain(sha);
    await expect(verifyAuditLog(db, { records: true })).resolves.toMatchObject({ ok: true });
    expect(await letterBySha256(db, sha)).toMatchObject({ id: d.id });
  });

  it('refuses bytes that do not match the reported SHA-256, and writes nothing', async () => {
    const d = draft();
    await expect(recordSignedLetter(db, { draft: d, pdf, sha256: '0'.repeat(64), signedAt, signedBy: '王敏', reference: 'CL-2026-0001' })).rejects.toThrow(/SHA-256/);
    expect(await db.documents.where('kind').equals('letter').count()).toBe(0);
    expect(await db.letters.count()).toBe(0);
  });

  it('keeps a signed letter immutable: no draft save, no second signing, no deletion', async () => {
    const d = draft();
    await sign(d);
    await expect(saveLetterDraft(db, d)).rejects.toBeInstanceOf(LetterSignedError);
    await expect(sign(d, new TextEncoder().encode('%PDF other'))).rejects.toBeInstanceOf(LetterSignedError);
    await expect(deleteLetterDraft(db, d.id)).rejects.toBeInstanceOf(LetterSignedError);
    expect(await db.documents.where('kind').equals('letter').count()).toBe(1);
  });

  it('corrects by a new version that names the one it replaces (once)', async () => {
    const d = draft();
    await sign(d);
    const correction = await startCorrection(db, d.id);
    expect(correction).toMatchObject({ status: 'draft', version: 2, replaces: d.id, template: 'refusal' });
    expect(parseLetterBody(correction.body)?.written.reasons).toEqual({ 'zh-CN': '法律要求保存' });
    expect((await startCorrection(db, d.id)).id).toBe(correction.id);
    expect(await db.letters.get(d.id)).toMatchObject({ status: 'signed', sha256: sha256Hex(pdf) });
  });

  it('marks as sent: by post only with a tracking number; the date goes on the case history', async () => {
    const d = draft();
    await sign(d);
    await expect(markLetterSent(db, d.id, { via: 'post', sentOn: '2026-11-30' }, '王敏')).rejects.toThrow(/tracking/);
    const sent = await markLetterSent(db, d.id, { via: 'post', sentOn: '2026-11-30', trackingNumber: ' SF1234567890 ' }, '王敏');
    expect(sent).toMatchObject({ status: 'sent', sentVia: 'post', sentOn: '2026-11-30', trackingNumber: 'SF1234567890', sha256: sha256Hex(pdf) });
    const event = (await db.auditLog.where('action').equals('letter.sent').toArray())[0];
    expect(event).toMatchObject({ subject: `case:${caseId}` });
    expect(event?.summary).toContain('2026-11-30');
    await expect(markLetterSent(db, draft().id, { via: 'email', sentOn: '2026-11-30' }, '王敏')).rejects.toThrow();
  });

  it('audits printing once per letter on its case, drafts never', async () => {
    const a = draft();
    const b = draft();
    await sign(a);
    await saveLetterDraft(db, b);
    await recordLettersPrinted(db, [a.id, b.id], '行政', new Map([[caseId, 'CL-2026-0001']]));
    const events = await db.auditLog.where('action').equals('letter.printed').toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ subject: `case:${caseId}`, actor: '行政' });
  });

  it('records only a print dialog opened when the platform cannot confirm the print (a browser)', async () => {
    const a = draft();
    await sign(a);
    await recordLettersPrinted(db, [a.id], '行政', new Map([[caseId, 'CL-2026-0001']]), new Date(), false);
    expect(await db.auditLog.where('action').equals('letter.printed').count()).toBe(0);
    expect(await db.auditLog.where('action').equals('letter.print-dialog-opened').count()).toBe(1);
  });
});

describe('the register', () => {
  it("lists the day's signed letters by the signedAt range, with status and officer filters", async () => {
    const today = draft();
    await sign(today);
    const yesterday = draft();
    await recordSignedLetter(db, { draft: yesterday, pdf, sha256: sha256Hex(pdf), signedAt: '2026-11-29T15:59:59.000Z', signedBy: '李娜', reference: 'CL-2026-0001' });
    const pending = draft();
    await saveLetterDraft(db, pending, new Date(signedAt));

    const day = { from: '2026-11-30', to: '2026-11-30' };
    // 2026-11-29T15:59:59Z is 23:59:59 in Shanghai: the day before
    expect((await listRegister(db, { ...day, status: 'signed', officer: 'all' })).map((r) => r.letter.id)).toEqual([today.id]);
    expect((await listRegister(db, { from: '2026-11-29', to: '2026-11-30', status: 'signed', officer: '李娜' })).map((r) => r.letter.id)).toEqual([yesterday.id]);
    const all = await listRegister(db, { ...day, status: 'all', officer: 'all' });
    expect(all.map((r) => r.letter.id).sort()).toEqual([today.id, pending.id].sort());
    expect(all[0]?.case?.reference).toMatch(/^CL-2026-/);
    expect(all.every((r) => isPostalReply(r))).toBe(true); // a postal case with an address
    expect(await letterOfficers(db)).toEqual(['李娜', '王敏']);
    // issued: signed, sent or not yet, never a draft
    await markLetterSent(db, today.id, { via: 'email', sentOn: '2026-11-30' }, '王敏');
    expect((await listRegister(db, { ...day, status: 'issued', officer: 'all' })).map((r) => r.letter.id)).toEqual([today.id]);
    expect(await listRegister(db, { ...day, status: 'signed', officer: 'all' })).toEqual([]);
  });
});

describe('letter settings', () => {
  it('falls back to the defaults, keeps images with their SHA-256, and audits only the digest', async () => {
    expect((await readLetterSettings(db)).company.hotline).toBe('400-7800-900');
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 1, 2, 3);
    await saveLetterImage(db, 'seal', { png, width: 10, height: 10, hasAlpha: true }, '王敏');
    expect((await readLetterSettings(db)).images.seal).toMatchObject({ sha256: sha256Hex(png), width: 10 });
    const event = await db.auditLog.where('action').equals('settings.updated').last();
    expect(JSON.stringify(event?.after)).toContain(sha256Hex(png));
    expect(JSON.stringify(event?.after)).not.toContain('"png"');
    await saveLetterImage(db, 'seal', undefined, '王敏');
    expect((await readLetterSettings(db)).images.seal).toBeUndefined();
  });

  it('issue 13: company details saved before the new fields still read, with the new fields at their defaults', async () => {
    const { regulatorChannel: _c, internationalPhone: _p, euRepresentative: _r, dpo: _d, accessInformation: _a, ...before } = DEFAULT_COMPANY_DETAILS;
    await db.settings.put({ key: 'letters.company', value: { ...before, hotline: '400-1111-222' } });
    const company = (await readLetterSettings(db)).company;
    expect(company.hotline).toBe('400-1111-222'); // the manager's own value kept
    expect(company.internationalPhone).toBe('');
    expect(company.regulatorChannel['zh-CN']).toContain('12377');
    expect(company.accessInformation.purposes['en-US']).toBe(DEFAULT_COMPANY_DETAILS.accessInformation.purposes['en-US']);
  });

  it('issue 13: trust anchors and added fonts are audited by digest, never their bytes', async () => {
    const der = Uint8Array.of(0x30, 0x03, 1, 2, 3);
    await saveLetterTrust(db, { tsaUrl: 'http://127.0.0.1:9/tsa', signerFingerprints: [], trustAnchors: [{ der, sha256: sha256Hex(der), subject: 'CN=CA', notAfter: '2030-01-01T00:00:00.000Z' }] }, '王敏');
    await rememberSignerFingerprint(db, 'a'.repeat(64), '王敏');
    await rememberSignerFingerprint(db, 'a'.repeat(64), '王敏'); // once
    const trust = (await readLetterSettings(db)).trust;
    expect(trust.signerFingerprints).toEqual(['a'.repeat(64)]);
    expect(trust.trustAnchors[0]?.subject).toBe('CN=CA');
    const font = Uint8Array.from({ length: 64 }, (_, i) => i);
    await saveLetterTypography(db, { body: 'sans', addedFonts: [{ fileName: 'x.ttf', family: 'X', glyphs: 3, sha256: sha256Hex(font), bytes: font }] }, '王敏');
    expect((await readLetterSettings(db)).typography.body).toBe('sans');
    const events = await db.auditLog.where('action').equals('settings.updated').toArray();
    const text = JSON.stringify(events.map((e) => e.after));
    expect(text).toContain(sha256Hex(font));
    expect(text).not.toContain('"bytes"');
    expect(text).not.toContain('"der"');
    expect(text).not.toContain('CN=CA'); // a certificate's subject may name a person
  });
});
