import { describe, expect, it } from 'vitest';
import type { Case } from '../../domain/case';
import { suggestLetterKinds } from '../compose';
import type { LetterSection } from '../content';
import { sampleCase, sampleLetter } from '../test-support/sampleLetters';
import { kindMismatch, letterWarnings, pastPromisedDates, speaksOfVerificationToCome, type LetterCheckInput } from './letterChecks';

const unverified: Case = { ...sampleCase, stage: 'received', verifiedAt: undefined, outcome: undefined, dueDate: undefined };

function section(text: string, language: 'zh-CN' | 'en-US' = 'zh-CN'): LetterSection {
  return { language, subject: '', paragraphs: [{ style: 'body', text }] };
}

function input(over: Partial<LetterCheckInput>): LetterCheckInput {
  return { kind: 'acknowledgement', sections: [], letterDate: '2026-12-02', case: unverified, edited: false, ...over };
}

describe('a date the letter promises that has already passed', () => {
  it('is found in the sentence of issue 14, signed on 12-02', () => {
    expect(pastPromisedDates('目前预计的答复期限为2026年10月26日。', '2026-12-02')).toEqual(['2026-10-26']);
  });

  it('is found in the period clause and the ceiling, in Chinese and English', () => {
    expect(pastPromisedDates('我们将于收到您的请求并验证您的身份后15个工作日内作出答复，即不晚于2026年10月23日', '2026-12-02')).toEqual(['2026-10-23']);
    expect(pastPromisedDates('我们最迟将于2026年10月28日前答复您', '2026-12-02')).toEqual(['2026-10-28']);
    expect(pastPromisedDates('请于2026年10月28日前将上述材料发送至legal@solutioncl.com', '2026-12-02')).toEqual(['2026-10-28']);
    expect(pastPromisedDates('We will answer within 15 working days, that is by 23 October 2026.', '2026-12-02')).toEqual(['2026-10-23']);
    expect(pastPromisedDates('Please send it by October 28, 2026 to us.', '2026-12-02')).toEqual(['2026-10-28']);
  });

  it('is not a past fact: the day the request was received, the day records were deleted', () => {
    expect(pastPromisedDates('我们已于2026年9月28日收到您关于查阅的请求', '2026-12-02')).toEqual([]);
    expect(pastPromisedDates('相关营销短信已于2026年9月30日停止发送', '2026-12-02')).toEqual([]);
    expect(pastPromisedDates('We received your request on 28 September 2026.', '2026-12-02')).toEqual([]);
  });

  it('is not a date still to come, nor the letter date itself', () => {
    expect(pastPromisedDates('即不晚于2026年12月23日', '2026-12-02')).toEqual([]);
    expect(pastPromisedDates('请于2026年12月2日前回复', '2026-12-02')).toEqual([]);
  });

  it("is the case's own due date when it has passed, whatever words surround it", () => {
    expect(pastPromisedDates('本案2026-10-23', '2026-12-02', '2026-10-23')).toEqual(['2026-10-23']);
  });

  it('is reported once per date, with the language it was written in', () => {
    const sections = [section('即不晚于2026年10月23日；答复期限2026年10月23日'), section('that is by 23 October 2026', 'en-US')];
    expect(letterWarnings(input({ sections })).filter((w) => w.code === 'past-date')).toEqual([{ code: 'past-date', date: '2026-10-23', language: 'zh-CN' }]);
  });

  it('is found in a real acknowledgement merged before the due date and signed after it', () => {
    const letter = sampleLetter('acknowledgement', 'zh-CN');
    const warnings = letterWarnings(input({ sections: letter.sections, case: { ...sampleCase, stage: 'in-progress' }, letterDate: '2026-12-02' }));
    expect(warnings).toContainEqual({ code: 'past-date', date: '2026-10-23', language: 'zh-CN' });
  });
});

describe('identity said to be still unverified', () => {
  it('is what the acknowledgement and the request for documents say', () => {
    expect(speaksOfVerificationToCome('为保障您的个人信息安全，我们将在核实您的身份后处理您的请求（《昶联隐私政策》第4.6条、第10.2条）。')).toBe(true);
    expect(speaksOfVerificationToCome('我们需要在核实您的身份后方可处理该请求')).toBe(true);
    expect(speaksOfVerificationToCome('we will handle your request once we have verified your identity (sections 4.6 and 10.2')).toBe(true);
    expect(speaksOfVerificationToCome('we can only handle it once we have verified your identity')).toBe(true);
  });

  it('is not the rule describing when its period starts', () => {
    expect(speaksOfVerificationToCome('我们将于收到您的请求并验证您的身份后15个工作日内作出答复')).toBe(false);
    expect(speaksOfVerificationToCome('We will answer within 15 working days of receiving your request and verifying your identity')).toBe(false);
  });

  it('warns on a verified case, with the day it was verified', () => {
    const letter = sampleLetter('acknowledgement', 'zh-CN');
    const warnings = letterWarnings(input({ sections: letter.sections, case: sampleCase, letterDate: '2026-09-29' }));
    expect(warnings).toContainEqual({ code: 'verification-done', verifiedOn: '2026-09-28', language: 'zh-CN' });
  });

  it('says nothing while the case is not verified', () => {
    const letter = sampleLetter('acknowledgement', 'zh-CN');
    expect(letterWarnings(input({ sections: letter.sections, letterDate: '2026-09-28' }))).toEqual([]);
  });
});

describe('the case moved on since the text was edited by hand', () => {
  it('warns for an edited draft of another stage', () => {
    expect(letterWarnings(input({ edited: true, draftStage: 'received', case: { ...unverified, stage: 'verifying' } }))).toEqual([{ code: 'stage-changed', from: 'received', to: 'verifying' }]);
  });
  it('does not warn when the text still follows the case, or the stage is the same', () => {
    expect(letterWarnings(input({ edited: false, draftStage: 'received', case: { ...unverified, stage: 'verifying' } }))).toEqual([]);
    expect(letterWarnings(input({ edited: true, draftStage: 'received' }))).toEqual([]);
  });
});

describe('a kind of letter that does not fit the case', () => {
  it('a request for identity documents after verification', () => {
    expect(kindMismatch('information-request', { ...sampleCase, outcome: undefined })).toBe('already-verified');
  });
  it('an answer before verification, or before the outcome', () => {
    expect(kindMismatch('access-answer', unverified)).toBe('not-verified');
    expect(kindMismatch('access-answer', { ...sampleCase, outcome: undefined })).toBe('no-outcome');
  });
  it('a refusal for a granted case, a grant for a refused one', () => {
    expect(kindMismatch('refusal', sampleCase)).toBe('outcome-differs');
    expect(kindMismatch('deletion-done', { ...sampleCase, outcome: 'refused' })).toBe('outcome-differs');
  });
  it('an acknowledgement once answered; anything on a void case', () => {
    expect(kindMismatch('acknowledgement', { ...sampleCase, stage: 'answered' })).toBe('acknowledgement-late');
    expect(kindMismatch('access-answer', { ...sampleCase, stage: 'voided', status: 'closed' })).toBe('case-voided');
  });
  it('fits: acknowledgement on receipt, the answer once verified and decided', () => {
    expect(kindMismatch('acknowledgement', unverified)).toBeUndefined();
    expect(kindMismatch('information-request', { ...unverified, stage: 'verifying' })).toBeUndefined();
    expect(kindMismatch('access-answer', sampleCase)).toBeUndefined();
  });
});

describe('the suggested next letter follows the stage', () => {
  it('before verification: acknowledgement first on receipt, the request for documents while verifying', () => {
    expect(suggestLetterKinds(unverified)[0]).toBe('acknowledgement');
    expect(suggestLetterKinds({ ...unverified, stage: 'verifying' })[0]).toBe('information-request');
  });
  it('after verification: never 补充材料通知, the answer the request calls for', () => {
    const verified = { ...sampleCase, outcome: undefined, stage: 'in-progress' as const };
    expect(suggestLetterKinds(verified)).not.toContain('information-request');
    expect(suggestLetterKinds(verified)[0]).toBe('access-answer');
    expect(suggestLetterKinds({ ...verified, requestType: 'deletion', gdpr: true })).toEqual(['deletion-done', 'extension-notice']);
  });
  it('once decided: the letter of the outcome; nothing for a void case', () => {
    expect(suggestLetterKinds({ ...sampleCase, outcome: 'refused' })).toEqual(['refusal']);
    expect(suggestLetterKinds({ ...sampleCase, stage: 'voided' })).toEqual([]);
  });
});
