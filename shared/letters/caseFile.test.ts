import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../domain/audit';
import { caseFileContent } from './caseFile';
import { DEFAULT_COMPANY_DETAILS } from './company';
import { renderLetter } from './pdf/renderLetter';
import { testFonts } from './test-support/fonts';
import { pdftotext, squeeze, writeTemp } from './test-support/poppler';
import { officer, sampleCase } from './test-support/sampleLetters';

const event = (at: string, action: AuditEvent['action']): AuditEvent =>
  ({ chain: 'ws-1', seq: 1, at, actor: '王敏', action, subject: `case:${sampleCase.id}`, summary: '', hash: 'a'.repeat(64), prev: null }) as unknown as AuditEvent;

const input = (language: 'zh-CN' | 'en-US') => ({
  language,
  case: { ...sampleCase, stage: 'answered' as const },
  requesterName: '张三丰',
  events: [event('2026-09-28T02:00:00.000Z', 'case.created'), event('2026-10-09T03:00:00.000Z', 'letter.signed')],
  documents: [{ name: 'request.eml', addedAt: '2026-09-28T02:00:00.000Z', sha256: 'b'.repeat(64) }],
  letters: [{ kindName: language === 'zh-CN' ? '查阅、复制答复' : 'Access or copy answer', version: 1, status: 'signed' as const, signedAt: '2026-10-09T03:00:00.000Z', signedBy: '王敏', sha256: 'c'.repeat(64) }],
  company: DEFAULT_COMPANY_DETAILS,
  compiledBy: officer,
  today: '2026-12-02',
});

describe('the case file (案卷) as one document', () => {
  it('lists the facts, the timeline oldest first, the documents and letters with digests, the requester masked', async () => {
    const content = caseFileContent(input('zh-CN'));
    const result = await renderLetter(content, { fonts: testFonts(), producedAt: Date.UTC(2026, 11, 2, 2) });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const path = writeTemp(result.pdf, 'case-file-zh.pdf');
    const text = squeeze(pdftotext(path).stdout);
    expect(text).toContain('案卷：CL-2026-0042');
    expect(text).toContain('申请人：张**');
    expect(text).not.toContain('张三丰');
    expect(text).toContain('请求类型：查阅');
    expect(text).toContain('答复期限：2026-10-23');
    expect(text.indexOf('登记案件·王敏')).toBeGreaterThan(0);
    expect(text.indexOf('登记案件·王敏')).toBeLessThan(text.indexOf('签署函件·王敏'));
    expect(text).toContain(`request.eml，2026-09-2810:00，SHA-256${'b'.repeat(64)}`.replace(/\s/g, ''));
    expect(text).toContain('查阅、复制答复（第1版），已签署');
    // CASE_FILE_PNG=/tmp/x: the pages as pictures, to look at
    if (process.env.CASE_FILE_PNG) spawnSync('pdftoppm', ['-r', '70', '-png', path, `${process.env.CASE_FILE_PNG}/case-file-zh`]);
  });

  it('reads in English with no Chinese labels', () => {
    const content = caseFileContent(input('en-US'));
    const text = content.sections.flatMap((s) => [s.subject, ...s.paragraphs.map((p) => p.text)]).join('\n');
    expect(text).toContain('Case file: CL-2026-0042');
    expect(text).toContain('Requester: 张**');
    expect(text).toContain('Request type: Access');
    expect(text.replace('张**', '').replace(/王敏/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
