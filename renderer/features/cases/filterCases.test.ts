import { describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { CaseListRow } from '../../db/cases';
import { filterCaseRows } from './filterCases';

function row(reference: string, over: Partial<Case>, requesterName: string, requesterEmail?: string): CaseListRow {
  const c = { reference, status: 'open', requestType: 'access', subject: '查阅申请', ...over } as Case;
  return requesterEmail ? { case: c, requesterName, requesterEmail } : { case: c, requesterName };
}

const rows = [
  row('CL-2026-0001', {}, '李雷', 'li.lei@qq.com'),
  row('CL-2026-0002', { status: 'closed', requestType: 'deletion', subject: '删除个人信息' }, '韩梅梅'),
  row('CL-2025-0107', { status: 'paused', subject: 'Request for erasure' }, 'Anna Schmidt', 'anna.schmidt@web.de'),
];
const all = { text: '', status: 'all', requestType: 'all' } as const;

describe('filtering the case list', () => {
  it('returns every row when nothing is filtered', () => {
    expect(filterCaseRows(rows, all)).toHaveLength(3);
  });
  it('finds by reference, requester name, email and subject, case-insensitively', () => {
    expect(filterCaseRows(rows, { ...all, text: 'cl-2025' }).map((r) => r.case.reference)).toEqual(['CL-2025-0107']);
    expect(filterCaseRows(rows, { ...all, text: '韩梅' }).map((r) => r.case.reference)).toEqual(['CL-2026-0002']);
    expect(filterCaseRows(rows, { ...all, text: 'WEB.DE' }).map((r) => r.case.reference)).toEqual(['CL-2025-0107']);
    expect(filterCaseRows(rows, { ...all, text: 'erasure' }).map((r) => r.case.reference)).toEqual(['CL-2025-0107']);
  });
  it('combines status, type and text', () => {
    expect(filterCaseRows(rows, { ...all, status: 'closed' }).map((r) => r.case.reference)).toEqual(['CL-2026-0002']);
    expect(filterCaseRows(rows, { ...all, requestType: 'access', status: 'paused' }).map((r) => r.case.reference)).toEqual(['CL-2025-0107']);
    expect(filterCaseRows(rows, { ...all, requestType: 'deletion', text: '李' })).toEqual([]);
  });
});
