import { describe, expect, it } from 'vitest';
import { translate, type TextKey } from '../i18n/messages';
import { eeaReasonCodes } from './eea';
import { parseMailFile } from './mailFile';
import { intakeWarningCodes, parseFailureCodes } from './parsedMessage';
import { fixtureBytes, manifest } from './test-support/fixtures';

/** Every code the intake code can produce has a text in both locales, and the texts' placeholders are filled. */
describe('intake texts (zh-CN, en-US)', () => {
  const keys: string[] = [
    ...intakeWarningCodes.map((c) => `intake.warning.${c}`),
    ...parseFailureCodes.map((c) => `intake.failure.${c}`),
    ...['created', 'joined', 'duplicate', 'failed'].map((c) => `intake.outcome.${c}`),
    ...['in-reply-to', 'references', 'case-reference'].map((c) => `intake.joinedVia.${c}`),
    ...['message-id', 'sha256'].map((c) => `intake.duplicateBy.${c}`),
    ...['high', 'medium', 'low', 'none'].map((c) => `intake.confidence.${c}`),
    ...eeaReasonCodes.map((c) => `intake.eeaReason.${c}`),
    ...['idNumber', 'phone', 'email'].map((c) => `intake.match.${c}`),
  ];

  it.each(keys)('%s', (key) => {
    for (const locale of ['zh-CN', 'en-US'] as const) expect(translate(locale, key as TextKey)).not.toBe(key);
  });

  it('fills every placeholder of every warning the fixtures produce', async () => {
    for (const entry of manifest.fixtures) {
      const results = await parseMailFile({ name: entry.file, bytes: fixtureBytes(entry.file) }, { companyDomains: manifest.companyDomains, attachmentLimitBytes: 100_000 });
      for (const r of results) {
        if (!r.ok) continue;
        for (const w of r.message.warnings) {
          for (const locale of ['zh-CN', 'en-US'] as const) {
            expect(translate(locale, `intake.warning.${w.code}` as TextKey, w.params), `${entry.file} ${w.code}`).not.toMatch(/\{\w+\}/);
          }
        }
      }
    }
  });
});
