import { describe, expect, it } from 'vitest';
import { classifyMessage } from './messageClassification';
import { parseMailFile } from './mailFile';
import { parseResultSchema, type ParsedMessage, type ParseResult } from './parsedMessage';
import { fixtureBytes, manifest, type ExpectedMessage, type FixtureEntry } from './test-support/fixtures';

/**
 * Every fixture of e2e/fixtures/mail (written by Python's email package, an
 * independent MIME writer) parsed against the manifest the generator wrote.
 */

async function parseFixture(entry: FixtureEntry): Promise<ParseResult[]> {
  return parseMailFile(
    { name: entry.file, bytes: fixtureBytes(entry.file), lastModified: manifest.fileTime },
    { companyDomains: manifest.companyDomains, ...(entry.options ?? {}) },
  );
}

function checkMessage(m: ParsedMessage, e: ExpectedMessage): void {
  expect(m.subject).toBe(e.subject);
  if (e.from) expect(m.from).toEqual(e.from);
  else expect(m.from).toBeUndefined();
  expect(m.messageId).toBe(e.messageId ?? undefined);
  expect(m.inReplyTo).toBe(e.inReplyTo);
  expect(m.references).toEqual(e.references ?? []);
  expect({ at: m.receivedAt, source: m.receivedAtSource }).toEqual({ at: e.receivedAt, source: e.receivedAtSource });
  expect([...new Set(m.warnings.map((w) => w.code))].sort()).toEqual(e.warnings);

  expect(m.attachments.map((a) => a.fileName)).toEqual(e.attachments.map((a) => a.fileName));
  for (const [i, want] of e.attachments.entries()) {
    const got = m.attachments[i]!;
    expect({ mimeType: got.mimeType, inline: got.inline }).toEqual({ mimeType: want.mimeType, inline: want.inline });
    if (want.size !== undefined) expect(got.size).toBe(want.size);
    if (want.sha256 !== undefined) expect(got.sha256).toBe(want.sha256);
    if (want.contentId !== undefined) expect(got.contentId).toBe(want.contentId);
    expect(got.bytes.length).toBe(got.size);
  }
  expect(m.refusedAttachments.map(({ fileName, size, sha256 }) => ({ fileName, size, sha256 }))).toEqual(e.refusedAttachments ?? []);
  if (e.forwarded) expect(m.forwarded.map((f) => ({ subject: f.subject, from: f.from?.address, depth: f.depth }))).toEqual(e.forwarded);
  for (const fragment of e.textIncludes ?? []) expect(m.text).toContain(fragment);
  for (const fragment of e.htmlIncludes ?? []) expect(m.html).toContain(fragment);

  const { requestType, eea } = classifyMessage(m);
  expect(requestType.type, `triggers ${JSON.stringify(requestType.scores)}`).toBe(e.suggestedType);
  expect(eea.eea, JSON.stringify(eea.reasons)).toBe(e.eea);
  expect(eea.reasons.map((r) => r.code).sort()).toEqual([...(e.eeaReasons ?? [])].sort());
}

describe('mail fixtures (e2e/fixtures/mail/expected.json)', () => {
  it('has at least 30 messages built by the generator', () => {
    const messages = manifest.fixtures.reduce((n, f) => n + (f.messages?.length ?? 1), 0);
    expect(messages).toBeGreaterThanOrEqual(30);
  });

  for (const entry of manifest.fixtures) {
    it(`${entry.file}: ${entry.covers.join('; ')}`, async () => {
      const results = await parseFixture(entry);
      for (const r of results) expect(parseResultSchema.safeParse(r).success).toBe(true);
      const expected = entry.kind === 'mbox' ? entry.messages! : [entry.expect!];
      expect(results).toHaveLength(expected.length);
      for (const [i, e] of expected.entries()) {
        const r = results[i]!;
        if (!e.ok) {
          expect(r.ok).toBe(false);
          if (r.ok) continue;
          expect(r.failure.code).toBe(e.failure);
          expect(r.failure.sha256).toBe(entry.sha256);
          expect(r.failure.raw).toEqual(fixtureBytes(entry.file));
          continue;
        }
        expect(r.ok, r.ok ? '' : `${r.failure.code} ${r.failure.detail ?? ''}`).toBe(true);
        if (!r.ok) continue;
        if (entry.kind === 'eml') expect(r.message.sha256).toBe(entry.sha256);
        else expect(r.message.mboxIndex).toBe(i);
        checkMessage(r.message, e);
      }
    });
  }
});
