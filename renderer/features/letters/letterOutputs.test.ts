import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../shared/i18n/messages';
import { DEFAULT_CLAUSES, DEFAULT_COMPANY_DETAILS } from '../../../shared/letters';
import { sampleCase, sampleRequester } from '../../../shared/letters/test-support/sampleLetters';
import type { RegisterRow } from '../../db/lettersRegister';
import { emlDraftFor } from './letterOutputs';

const at = '2026-12-02T02:00:00.000Z';
function row(template: string, language: 'zh-CN' | 'bilingual'): RegisterRow {
  return {
    letter: { id: 'l1', caseId: sampleCase.id, template, language, version: 1, status: 'signed', subject: '', body: '{}', createdAt: at, updatedAt: at },
    case: sampleCase,
    requester: sampleRequester,
  };
}

async function subjectOf(r: RegisterRow): Promise<{ subject: string; text: string }> {
  const eml = emlDraftFor(r, new TextEncoder().encode('%PDF-1.7'), DEFAULT_COMPANY_DETAILS, Date.parse(at));
  if (!eml.ok) throw new Error(eml.reason);
  const parsed = await PostalMime.parse(eml.bytes);
  return { subject: parsed.subject ?? '', text: parsed.text ?? '' };
}

describe('the .eml draft of a signed letter (issue 14)', () => {
  it('is titled by the kind of letter: an acknowledgement is not an answer', async () => {
    const ack = await subjectOf(row('acknowledgement', 'zh-CN'));
    expect(ack.subject).toBe('收件确认函（案件编号：CL-2026-0042）');
    expect(ack.text).toContain('出具的收件确认函');
    expect(ack.subject + ack.text).not.toContain('答复函');
    expect((await subjectOf(row('refusal', 'zh-CN'))).subject).toBe('不予支持答复（附理由）（案件编号：CL-2026-0042）');
  });

  it('says it in each language of a bilingual letter', async () => {
    expect((await subjectOf(row('acknowledgement', 'bilingual'))).subject).toBe('收件确认函（案件编号：CL-2026-0042） / Acknowledgement of receipt (reference CL-2026-0042)');
  });
});

describe('letter settings name the clause library paragraphs (issue 14)', () => {
  it('has a name in both languages for every shipped clause, never its internal key', () => {
    for (const { id } of DEFAULT_CLAUSES.clauses) {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const names: Record<string, string> = messages[locale].letters.templateEditor.clauseName;
        expect(names[id], `${locale} ${id}`).toBeTruthy();
        expect(names[id]).not.toBe(id);
      }
    }
  });
});
