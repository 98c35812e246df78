import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/messages';
import { DEFAULT_COMPANY_DETAILS } from '../../letters/company';
import { completeIncident } from '../test-support/incident';
import { generateDraft } from './generate';

/** Issue 14, point 10: wording glitches the officers saw in the drafts. */
const inputs = { company: DEFAULT_COMPANY_DETAILS, nowMs: Date.parse('2026-11-30T03:00:00.000Z') };

describe('the GDPR Art. 33 draft', () => {
  const { eeaPeopleAffected: _eea, ...rest } = completeIncident({ peopleAffected: { kind: 'estimate', low: 1_000_000, high: 2_000_000 } });
  it('an estimated total says "approximately" once', () => {
    const text = generateDraft('gdpr-art33', rest, inputs);
    expect(text).toContain('Approximately 1,000,000 to 2,000,000 (estimate) data subjects in total;');
    expect(text).not.toMatch(/approximately approximately/i);
  });
  it('an exact total is still approximate in Art. 33(3)(a)’s words', () => {
    expect(generateDraft('gdpr-art33', { ...rest, peopleAffected: { kind: 'exact', count: 5000 } }, inputs)).toContain('Approximately 5,000 data subjects in total;');
  });
  it('with EEA people and an estimated total, neither repeats the word', () => {
    const text = generateDraft('gdpr-art33', completeIncident({ peopleAffected: { kind: 'estimate', low: 10, high: 20 }, eeaPeopleAffected: 3 }), inputs);
    expect(text).toContain('Approximately 3 data subjects in the EEA (approximately 10 to 20 (estimate) in total).');
    expect(text).not.toMatch(/approximately approximately/i);
  });
});

describe('the grade 较大 in English', () => {
  it('is not "Major", which readers take for 重大', () => {
    expect(translate('en-US', 'incidents.grade.major')).not.toMatch(/^Major/);
    expect(translate('en-US', 'incidents.grade.major')).not.toBe(translate('en-US', 'incidents.grade.serious'));
  });
  it('the suggestion line does not repeat the grade its tag shows', () => {
    expect(translate('zh-CN', 'incidents.grading.suggested')).not.toMatch(/一般|较大|重大|\{grade\}/);
  });
});
