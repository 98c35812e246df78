import { describe, expect, it } from 'vitest';
import { looksLikeMbox, splitMbox, unescapeFromLines } from './mbox';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('splitMbox', () => {
  const mbox = [
    'From a@example.com Tue Mar 10 02:00:02 2026',
    'Subject: one',
    '',
    'From the start of March I have been getting SMS.',
    '>From this line was escaped by the exporter.',
    '>>From this one began with ">From " (mboxrd).',
    '',
    'From - Tue Mar 10 03:00:02 2026',
    'Subject: two',
    '',
    'body two',
    '',
  ].join('\n');

  it('splits at From_ lines that follow a blank line, and unescapes >From lines (mboxrd)', () => {
    const messages = splitMbox(enc(mbox));
    expect(messages.map((m) => m.fromLine)).toEqual(['From a@example.com Tue Mar 10 02:00:02 2026', 'From - Tue Mar 10 03:00:02 2026']);
    expect(dec(messages[0]!.bytes)).toBe(
      'Subject: one\n\nFrom the start of March I have been getting SMS.\nFrom this line was escaped by the exporter.\n>From this one began with ">From " (mboxrd).\n',
    );
    expect(dec(messages[1]!.bytes)).toBe('Subject: two\n\nbody two\n');
  });

  it('does not split at an unescaped "From " line inside a paragraph', () => {
    const text = 'From x@y Tue Mar 10 02:00:02 2026\nSubject: a\n\nline\nFrom me, at 10:00 today\n';
    expect(splitMbox(enc(text))).toHaveLength(1);
  });

  it('keeps CRLF line ends and drops only the separating blank line', () => {
    const text = 'From x@y Tue Mar 10 02:00:02 2026\r\nSubject: a\r\n\r\nbody\r\n\r\nFrom x@y Tue Mar 10 02:00:03 2026\r\nSubject: b\r\n\r\nb\r\n';
    expect(splitMbox(enc(text)).map((m) => dec(m.bytes))).toEqual(['Subject: a\r\n\r\nbody\r\n', 'Subject: b\r\n\r\nb\r\n']);
  });

  it('recognises an mbox by its first line', () => {
    expect(looksLikeMbox(enc(mbox))).toBe(true);
    expect(looksLikeMbox(enc('From: someone@example.com\r\n'))).toBe(false);
    expect(looksLikeMbox(enc('From the desk of the CEO\n'))).toBe(false);
  });

  it('unescapes only lines that start with >…From ', () => {
    expect(unescapeFromLines('a >From b\n>Fromage\n>From c')).toBe('a >From b\n>Fromage\nFrom c');
  });
});
