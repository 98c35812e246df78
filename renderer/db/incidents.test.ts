import { testStoreKeys } from './test-support/freshDatabase';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEventsFor } from './audit';
import { verifyAuditLog } from './audit/verifyStore';
import { CaseDeskDatabase } from './database';
import { DraftIncompleteError, markDraftReady, saveDraftText, setReportStage } from './incidentDrafts';
import { clearPeople, importPeopleFile, PeopleListChangedError, readPeople, recordExport, savePeopleImport } from './incidentPeople';
import { importPeople } from '../../shared/incidents';
import { confirmGrade, createIncident, decideIndividualNotice, endHandling, incidentSubject, listIncidents, markObligationDone, updateIncidentRecord } from './incidents';

let db: CaseDeskDatabase;
let name: string;
const NOW = new Date('2026-11-30T02:30:00.000Z');

beforeEach(() => {
  name = `casedesk-test-${crypto.randomUUID()}`;
  db = new CaseDeskDatabase(name, testStoreKeys());
});
afterEach(async () => {
  db.close();
  await CaseDeskDatabase.delete(name);
});

const open = (title = '短信接口配置错误', discoveredAt = '2026-11-30T02:00:00.000Z') => createIncident(db, { title, discoveredAt }, '王敏', NOW);

describe('incidents in the store', () => {
  it('issues INC-<year>-NNNN by the Shanghai year of discovery, and lists newest first', async () => {
    const a = await open('A', '2026-03-01T02:00:00.000Z');
    const b = await open('B', '2026-11-30T02:00:00.000Z');
    const c = await open('C', '2025-12-31T17:00:00.000Z'); // already 2026 in Shanghai
    expect([a.reference, b.reference, c.reference]).toEqual(['INC-2026-0001', 'INC-2026-0002', 'INC-2026-0003']);
    expect((await listIncidents(db)).map((i) => i.title)).toEqual(['B', 'A', 'C']);
  });

  it('logs each supplement with the fields that changed, before and after, and nothing for no change', async () => {
    const i = await open();
    await updateIncidentRecord(db, i.id, { peopleAffected: { kind: 'exact', count: 1_200_000 }, regions: ['mainland', 'eea'], title: i.title }, '王敏', NOW);
    await updateIncidentRecord(db, i.id, { regions: ['mainland', 'eea'] }, '王敏', NOW);
    await updateIncidentRecord(db, i.id, { cause: '配置错误' }, '李娜', new Date('2026-11-30T03:00:00.000Z'));
    const events = await auditEventsFor(db, incidentSubject(i.id));
    expect(events.map((e) => [e.action, e.actor, e.summary])).toEqual([
      ['incident.updated', '李娜', 'INC-2026-0001 cause'],
      ['incident.updated', '王敏', 'INC-2026-0001 peopleAffected, regions'],
      ['incident.created', '王敏', 'INC-2026-0001 短信接口配置错误'],
    ]);
    expect(events[1]?.before).toEqual({ peopleAffected: undefined, regions: [] });
    expect(events[1]?.after).toEqual({ peopleAffected: { kind: 'exact', count: 1_200_000 }, regions: ['mainland', 'eea'] });
    expect(await verifyAuditLog(db, { records: true })).toMatchObject({ ok: true, events: 4 });
  });

  it('clears an optional field', async () => {
    const i = await open();
    await updateIncidentRecord(db, i.id, { occurredAt: '2026-11-29T16:00:00.000Z' }, '王敏', NOW);
    const cleared = await updateIncidentRecord(db, i.id, { occurredAt: undefined }, '王敏', NOW);
    expect('occurredAt' in cleared).toBe(false);
  });

  it('refuses what the schema refuses, writing nothing', async () => {
    const i = await open();
    await expect(updateIncidentRecord(db, i.id, { title: '  ' }, '王敏', NOW)).rejects.toThrow();
    expect((await db.incidents.get(i.id))?.title).toBe(i.title);
    expect(await db.auditLog.where('action').notEqual('store.created').count()).toBe(1);
  });

  it('grade, notice decision, obligation done and the end of handling are each logged', async () => {
    const i = await open();
    await updateIncidentRecord(db, i.id, { peopleAffected: { kind: 'exact', count: 1_200_000 } }, '王敏', NOW);
    await confirmGrade(db, i.id, 'major', '120 万人，达到较大', '王敏', NOW);
    await decideIndividualNotice(db, i.id, { mode: 'announcement', justification: '部分用户无有效联系方式' }, '王敏', NOW);
    await markObligationDone(db, i.id, 'regulator-report', { doneAt: '2026-11-30T05:00:00.000Z', note: '12387 报告，回执号 A1' }, '王敏', NOW);
    const ended = await endHandling(db, i.id, '2026-12-05T02:00:00.000Z', '王敏', NOW);
    expect(ended.gradeDecision).toMatchObject({ grade: 'major', by: '王敏' });
    expect(ended.obligationsDone['regulator-report']).toMatchObject({ doneAt: '2026-11-30T05:00:00.000Z', note: '12387 报告，回执号 A1' });
    const events = await auditEventsFor(db, incidentSubject(i.id));
    expect(events.map((e) => e.action).slice(0, 4)).toEqual(['incident.handling-ended', 'incident.obligation-done', 'incident.decided', 'incident.graded']);
    expect(events[3]?.after).toMatchObject({ grade: 'major', suggested: 'major' });
    await expect(decideIndividualNotice(db, i.id, { mode: 'skip', justification: ' ' }, '王敏', NOW)).rejects.toThrow();
  });
});

describe('drafts in the store', () => {
  it('cannot be marked ready while incomplete, names what is missing, and freezes the text once ready', async () => {
    const i = await open();
    const error = await markDraftReady(db, i.id, 'sms', '王敏', NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftIncompleteError);
    expect((error as DraftIncompleteError).missing.map((m) => m.element)).toEqual(['categories', 'advice', 'contact']);

    await updateIncidentRecord(db, i.id, { categories: ['phone'], adviceToIndividuals: '请警惕诈骗电话。', contact: { name: '王敏', phone: '400-7800-900', email: '' } }, '王敏', NOW);
    const ready = await markDraftReady(db, i.id, 'sms', '王敏', NOW);
    expect(ready.drafts.sms).toMatchObject({ readyBy: '王敏', readyAt: NOW.toISOString() });
    expect(ready.drafts.sms?.text).toContain('致电400-7800-900');
    // a later change of the record does not change a ready draft
    const after = await updateIncidentRecord(db, i.id, { adviceToIndividuals: '请修改密码。' }, '王敏', NOW);
    expect(after.drafts.sms?.text).toContain('请警惕诈骗电话。');
    const events = await auditEventsFor(db, incidentSubject(i.id));
    expect(events.find((e) => e.action === 'incident.draft-ready')?.after).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('editing reopens a ready draft; dropping the text follows the record again; the report stage is kept', async () => {
    const i = await open();
    await setReportStage(db, i.id, 'supplementary', '王敏', NOW);
    let record = await saveDraftText(db, i.id, 'regulator-report', '网络安全事件报告（续报）\n…', '王敏', NOW);
    expect(record.drafts['regulator-report']).toEqual({ stage: 'supplementary', text: '网络安全事件报告（续报）\n…' });
    record = await saveDraftText(db, i.id, 'regulator-report', undefined, '王敏', NOW);
    expect(record.drafts['regulator-report']).toEqual({ stage: 'supplementary' });
  });
});

describe('affected people in the store', () => {
  const csv = (text: string) => ({ name: 'people.csv', bytes: new TextEncoder().encode(text) });

  it('imports, merges a second file into the list, keeps the report, logs counts but no personal data', async () => {
    const i = await open();
    const first = await importPeopleFile(db, i.id, csv('姓名,手机号码,邮箱\n张伟,13800138000,zw@example.cn\n李娜,12345,\n'), '王敏', NOW);
    expect(first.ok && first.report.rejected.length).toBe(1);
    await importPeopleFile(db, i.id, csv('姓名,手机号码\n张伟,13800138000\n王芳,13700137000\n'), '王敏', NOW);
    const list = await readPeople(db, i.id);
    expect(list?.people.map((p) => p.name)).toEqual(['张伟', '王芳']);
    expect(list?.lastImport).toMatchObject({ fileName: 'people.csv', added: 1, merged: [{ line: 2, conflicts: [] }], by: '王敏' });
    const events = await auditEventsFor(db, incidentSubject(i.id));
    const logged = JSON.stringify(events.filter((e) => e.action === 'incident.people-imported'));
    expect(logged).not.toContain('13800138000');
    expect(logged).not.toContain('张伟');
    expect(events[0]?.after).toMatchObject({ added: 1, merged: 1, rejected: 0, total: 2 });
  });

  it('saves a list read in the worker, and refuses one read while the list changed (issue 12)', async () => {
    const i = await open();
    const read = importPeople(new TextEncoder().encode('姓名,手机\n张伟,13800138000\n'));
    if (!read.ok) throw new Error(read.problem);
    await savePeopleImport(db, i.id, { name: 'a.csv', sha256: 'a'.repeat(64) }, read, 0, '王敏', NOW);
    expect((await readPeople(db, i.id))?.people).toEqual([{ name: '张伟', mobile: '13800138000' }]);
    expect((await auditEventsFor(db, incidentSubject(i.id)))[0]?.after).toMatchObject({ sha256: 'a'.repeat(64), added: 1 });
    // read against the empty list, while another window saved one
    await expect(savePeopleImport(db, i.id, { name: 'b.csv', sha256: 'b'.repeat(64) }, read, 0, '王敏', NOW)).rejects.toBeInstanceOf(PeopleListChangedError);
  });

  it('a file that cannot be read changes nothing', async () => {
    const i = await open();
    expect(await importPeopleFile(db, i.id, csv('姓名,地址\n张伟,宁波\n'), '王敏', NOW)).toMatchObject({ ok: false, problem: 'no-contact-columns' });
    expect(await readPeople(db, i.id)).toBeUndefined();
  });

  it('clears the list and records exports with their digest', async () => {
    const i = await open();
    await importPeopleFile(db, i.id, csv('手机\n13800138000\n'), '王敏', NOW);
    await recordExport(db, i.id, { kind: 'sms-csv', count: 1, bytes: new Uint8Array([1, 2, 3]), fileName: 'sms.csv', signed: false }, '王敏', NOW);
    await clearPeople(db, i.id, '王敏', NOW);
    expect(await readPeople(db, i.id)).toBeUndefined();
    const events = await auditEventsFor(db, incidentSubject(i.id));
    expect(events.map((e) => e.action).slice(0, 2)).toEqual(['data.deleted', 'incident.exported']);
    expect(events[1]?.after).toMatchObject({ kind: 'sms-csv', sha256: '039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81' });
    expect(await verifyAuditLog(db, { records: true })).toMatchObject({ ok: true });
  });
});
