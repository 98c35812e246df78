import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MAIN_VALIDATE, PRINT_VALIDATE } from './serverRules';

type Doc = Record<string, unknown>;
function validator(source: string) {
  const fn = runInNewContext(`(${source})`) as (n: Doc, o: Doc | null, u: { name: string; roles: string[] }, s: Doc) => void;
  return (newDoc: Doc, oldDoc: Doc | null, user: string, roles: string[]): string => {
    try {
      fn(newDoc, oldDoc, { name: user, roles }, {});
      return 'ok';
    } catch (error) {
      return (error as { forbidden?: string }).forbidden ?? `threw ${String(error)}`;
    }
  };
}
const main = validator(MAIN_VALIDATE);
const print = validator(PRINT_VALIDATE);
const txn = (by: string) => ({ chain: `${by}.ws1`, n: 1, at: '2026-12-01T00:00:00.000Z', by, members: {} });
const letter = (status: string, extra: Doc = {}) => ({ _id: 'letters:l1', table: 'letters', row: { id: 'l1', status, body: '不予支持', sha256: 'a'.repeat(64), ...extra }, txn: txn('wangmin') });
const event = (actor: string, chain: string) => ({ _id: `auditLog:${chain}:0000000001`, table: 'auditLog', row: { actor, chain, seq: 1 }, txn: txn(actor) });

describe('the rules the team server enforces', () => {
  it('lets an officer write a case in their own name, and no one in another name', () => {
    const c = { _id: 'cases:c1', table: 'cases', row: { id: 'c1' }, txn: txn('wangmin') };
    expect(main(c, null, 'wangmin', ['officer'])).toBe('ok');
    expect(main(c, null, 'lina', ['officer'])).toBe('casedesk:actor');
  });

  it('refuses print staff and strangers anything in the main database', () => {
    const c = { _id: 'cases:c1', table: 'cases', row: { id: 'c1' }, txn: txn('zhou') };
    expect(main(c, null, 'zhou', ['print'])).toBe('casedesk:role');
    expect(main(c, null, 'zhou', [])).toBe('casedesk:role');
  });

  it('never lets a signed letter change or go, whoever asks; only its delivery may be added', () => {
    const signed = letter('signed');
    expect(main(letter('signed', { body: '予以支持' }), signed, 'wangmin', ['officer', 'manager'])).toBe('casedesk:immutable-letter');
    expect(main({ _id: 'letters:l1', _deleted: true }, signed, 'wangmin', ['manager'])).toBe('casedesk:immutable-letter');
    expect(main(letter('draft'), signed, 'wangmin', ['officer'])).toBe('casedesk:immutable-letter');
    expect(main(letter('sent', { sentAt: '2026-12-02T00:00:00.000Z', sentVia: 'post', trackingNumber: 'SF1' }), signed, 'wangmin', ['officer'])).toBe('ok');
    expect(main(letter('draft', { body: '改' }), letter('draft'), 'wangmin', ['officer'])).toBe('ok');
  });

  it('keeps audit events immutable and in the writer’s own chain and name', () => {
    expect(main(event('wangmin', 'wangmin.ws1'), null, 'wangmin', ['officer'])).toBe('ok');
    expect(main(event('wangmin', 'wangmin.ws1'), event('wangmin', 'wangmin.ws1'), 'wangmin', ['officer'])).toBe('casedesk:immutable-audit');
    expect(main({ _id: 'auditLog:wangmin.ws1:0000000001', _deleted: true }, event('wangmin', 'wangmin.ws1'), 'wangmin', ['manager'])).toBe('casedesk:immutable-audit');
    expect(main(event('lina', 'wangmin.ws1'), null, 'wangmin', ['officer'])).toBe('casedesk:actor');
    expect(main(event('wangmin', 'lina.ws2'), null, 'wangmin', ['officer'])).toBe('casedesk:chain');
  });

  it('keeps templates, rules and the calendar to managers', () => {
    const setting = { _id: 'settings:letterTemplates', table: 'settings', row: { key: 'letterTemplates', value: {} }, txn: txn('wangmin') };
    expect(main(setting, null, 'wangmin', ['officer'])).toBe('casedesk:manager-only');
    expect(main(setting, null, 'wangmin', ['manager'])).toBe('ok');
  });

  it('refuses changing a stored file, and anything it does not know', () => {
    const blob = { _id: 'documentBlobs:d1', table: 'documentBlobs', row: { id: 'd1' }, txn: txn('wangmin') };
    expect(main(blob, blob, 'wangmin', ['officer'])).toBe('casedesk:immutable-file');
    expect(main({ _id: 'whatever:1', txn: txn('wangmin') }, null, 'wangmin', ['officer'])).toBe('casedesk:unknown-document');
    expect(main({ _id: '_design/x' }, null, 'wangmin', ['manager'])).toBe('casedesk:design');
  });

  it('hands a reference block to the first who claims it', () => {
    const block = { _id: 'refblock:2026:0003', by: 'wangmin' };
    expect(main(block, null, 'wangmin', ['officer'])).toBe('ok');
    expect(main({ ...block, by: 'lina' }, block, 'lina', ['officer'])).toBe('casedesk:reference-block-taken');
  });

  it('lets print staff record a print in their name, and nothing else', () => {
    const printed = { _id: 'printed:x', row: { by: 'zhou' }, txn: txn('zhou') };
    expect(print(printed, null, 'zhou', ['print'])).toBe('ok');
    expect(print({ _id: 'print:l1', txn: txn('zhou') }, null, 'zhou', ['print'])).toBe('casedesk:role');
    expect(print({ ...printed, row: { by: 'wangmin' } }, null, 'zhou', ['print'])).toBe('casedesk:actor');
    expect(print(printed, printed, 'zhou', ['print'])).toBe('casedesk:immutable-audit');
    expect(print({ _id: 'cases:c1' }, null, 'zhou', ['print'])).toBe('casedesk:unknown-document');
  });

  it('lets a server admin repair anything', () => {
    expect(main(letter('signed', { body: '改' }), letter('signed'), 'admin', ['_admin'])).toBe('ok');
  });
});
