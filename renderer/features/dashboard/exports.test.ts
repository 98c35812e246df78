import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { instantFromShanghai } from '../../../shared/domain/time';
import { translator } from '../../../shared/i18n/messages';
import { aCase } from './test-support/cases';
import { auditSheet, exportFileName, xlsxBytes, type ExportCase } from './xlsxExport';

const zh = translator('zh-CN');
const en = translator('en-US');
const at = (date: string, time: string) => instantFromShanghai(date, time);

const rows: ExportCase[] = [
  {
    // closed on its due date: on time
    case: aCase({
      status: 'closed',
      reference: 'CL-2026-0101',
      receivedAt: at('2026-09-28', '09:30'),
      verifiedAt: at('2026-09-28', '15:00'),
      dueDate: '2026-10-23',
      closedAt: at('2026-10-23', '16:45'),
      requestType: 'access',
      assignee: '王敏',
    }),
    requesterName: '张三丰',
  },
  {
    // closed a day late
    case: aCase({ status: 'closed', reference: 'CL-2026-0102', receivedAt: at('2026-10-12', '08:05'), verifiedAt: at('2026-10-13', '10:00'), dueDate: '2026-11-02', closedAt: at('2026-11-03', '09:00'), requestType: 'deletion', assignee: '李娜' }),
    requesterName: 'Anna Schmidt',
  },
  {
    // open, past its date, never verified
    case: aCase({ status: 'open', reference: 'CL-2026-0103', receivedAt: at('2026-10-20', '23:50'), dueDate: '2026-11-19', requestType: 'complaint', assignee: '张伟' }),
    requesterName: '欧阳娜娜',
  },
  {
    // paused, not yet due
    case: aCase({ status: 'paused', reference: 'CL-2026-0104', receivedAt: at('2026-11-20', '10:00'), dueDate: '2026-12-11', requestType: 'copy', assignee: '陈静' }),
    requesterName: '李雷',
  },
];

describe('the .xlsx list for auditors', () => {
  it('has exactly the columns an auditor asks for, times in Shanghai, the requester masked', () => {
    const sheet = auditSheet(rows, '2026-11-30', zh);
    expect(sheet[0]).toEqual(['案件编号', '收件时间（北京时间）', '申请人（已脱敏）', '请求类型', '状态', '承办人', '身份验证时间（北京时间）', '答复期限', '结案时间（北京时间）', '是否按期']);
    expect(sheet.slice(1)).toEqual([
      ['CL-2026-0101', '2026-09-28 09:30', '张**', '查阅', '已结案', '王敏', '2026-09-28 15:00', '2026-10-23', '2026-10-23 16:45', '按期'],
      ['CL-2026-0102', '2026-10-12 08:05', 'A*** S******', '删除', '已结案', '李娜', '2026-10-13 10:00', '2026-11-02', '2026-11-03 09:00', '逾期'],
      // 23:50 in Shanghai, whatever the zone the test runs in
      ['CL-2026-0103', '2026-10-20 23:50', '欧***', '投诉举报', '在办', '张伟', '', '2026-11-19', '', '已逾期（未结）'],
      ['CL-2026-0104', '2026-11-20 10:00', '李*', '复制 / 获取副本', '已暂停', '陈静', '', '2026-12-11', '', ''],
    ]);
    expect(auditSheet(rows, '2026-11-30', en)[0]).toEqual([
      'Reference', 'Received at (Beijing time)', 'Requester (masked)', 'Request type', 'Status', 'Officer', 'Identity verified at (Beijing time)', 'Legal due date', 'Closed at (Beijing time)', 'On time or late',
    ]);
  });

  it('writes a real .xlsx whose cells read back as the sheet, the full names nowhere in it', async () => {
    const sheet = auditSheet(rows, '2026-11-30', zh);
    const files = unzipSync(await xlsxBytes(sheet, '案件清单'));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']));
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="案件清单"');
    const strings = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]!);
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    // the header row is frozen
    expect(sheetXml).toContain('state="frozen"');
    const readBack = [...sheetXml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)].map((row) => {
      const cells: string[] = [];
      for (const [, attributes = '', value = ''] of row[2]!.matchAll(/<c ([^>]*)>(?:<v>([^<]*)<\/v>)?<\/c>/g)) {
        const column = /r="([A-Z])\d+"/.exec(attributes)![1]!.charCodeAt(0) - 65;
        cells[column] = attributes.includes('t="s"') ? strings[Number(value)]! : value;
      }
      return Array.from({ length: 10 }, (_, i) => cells[i] ?? '');
    });
    expect(readBack).toEqual(sheet);
    const everything = Object.values(files).map((f) => strFromU8(f)).join('\n');
    for (const name of ['张三丰', 'Anna Schmidt', '欧阳娜娜']) expect(everything).not.toContain(name);
  });

  it('a voided case reads 作废, not 按期 (issue 14: it was never answered)', () => {
    const voided = aCase({ status: 'closed', stage: 'voided', reference: 'CL-2026-0105', receivedAt: at('2026-11-20', '10:00'), dueDate: '2026-12-11', voided: { at: at('2026-11-21', '10:00'), by: '王敏', reason: '误登记' } });
    const [, row] = auditSheet([{ case: voided, requesterName: '李雷' }], '2026-11-30', zh);
    expect(row?.at(-1)).toBe('作废');
  });

  it('names the file in plain ASCII', () => {
    expect(exportFileName('overdue', '2026-11-30', 'xlsx')).toBe('CaseDesk-overdue-2026-11-30.xlsx');
    expect(exportFileName('王敏', '2026-11-30', 'xlsx')).toBe('CaseDesk-list-2026-11-30.xlsx');
    expect(exportFileName('type: ip notice', '2026-11-30', 'ics')).toBe('CaseDesk-type-ip-notice-2026-11-30.ics');
  });
});
