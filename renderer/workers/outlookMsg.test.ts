import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/audit/chain';
import { classifyMessage, parseMailFile, parseResultSchema, type ParsedMessage, type ParseResult } from '../../shared/intake';
import { readOutlookMsg } from './outlookMsg';
import { buildMsg, PR, type MsgItem } from './test-support/msgBuilder';

/**
 * Issue 12: an Outlook .msg gives what an .eml of the same mail gives. The
 * files are written in the test with `cfb` (test-support/msgBuilder.ts), a
 * Unicode one and one in code page 936 as a Chinese Outlook without Unicode
 * writes it, with attachments and an attached Outlook item.
 */

const OPTIONS = { companyDomains: ['solutioncl.com'] };
const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!, (b) => parseInt(b, 16));
const u = (value: string) => ({ type: 'unicode' as const, value });
const pdf = new TextEncoder().encode('%PDF-1.7\n申请书\n%%EOF\n');
const png = hexBytes('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478da63f8cf000003010100c9fe92ef0000000049454e44ae426082');

const forwardedItem: MsgItem = {
  properties: {
    [PR.MESSAGE_CLASS]: u('IPM.Note'),
    [PR.SUBJECT]: u('申请删除账户'),
    [PR.SENDER_NAME]: u('李娜'),
    [PR.SENDER_ADDRESS_TYPE]: u('SMTP'),
    [PR.SENDER_EMAIL_ADDRESS]: u('lina@qq.com'),
    [PR.BODY]: u('请注销我的账户并删除全部数据。'),
    [PR.CLIENT_SUBMIT_TIME]: { type: 'time', value: '2026-03-01T01:00:00.000Z' },
  },
  recipients: [{ [PR.DISPLAY_NAME]: u('法务部'), [PR.EMAIL_ADDRESS]: u('legal@solutioncl.com'), [PR.RECIPIENT_TYPE]: { type: 'long', value: 1 } }],
};

const unicodeMsg: MsgItem = {
  properties: {
    [PR.MESSAGE_CLASS]: u('IPM.Note'),
    [PR.SUBJECT]: u('转发：申请删除账户'),
    [PR.SENDER_NAME]: u('陈同事'),
    [PR.SENDER_ADDRESS_TYPE]: u('EX'),
    [PR.SENDER_EMAIL_ADDRESS]: u('/O=SOLUTIONCL/OU=EXCHANGE/CN=RECIPIENTS/CN=CHEN'),
    [PR.SENDER_SMTP_ADDRESS]: u('chen@solutioncl.com'),
    [PR.BODY]: u('请处理下面这封申请。\r\n附件是申请书。'),
    [PR.HTML]: { type: 'binary', bytes: new TextEncoder().encode('<p>请处理下面这封申请。</p><img src="cid:logo@solutioncl.com">') },
    [PR.INTERNET_CPID]: { type: 'long', value: 65001 },
    [PR.INTERNET_MESSAGE_ID]: u('<outlook-1@solutioncl.com>'),
    [PR.TRANSPORT_MESSAGE_HEADERS]: u(
      'Received: from relay.example.net by mx.solutioncl.com with ESMTPS id 1;\r\n Mon, 02 Mar 2026 10:21:07 +0800\r\nDate: Mon, 02 Mar 2026 10:20:00 +0800\r\nMessage-ID: <outlook-1@solutioncl.com>\r\nIn-Reply-To: <earlier@solutioncl.com>\r\n',
    ),
    [PR.MESSAGE_DELIVERY_TIME]: { type: 'time', value: '2026-03-02T02:21:09.000Z' },
    [PR.STORE_SUPPORT_MASK]: { type: 'long', value: 0x40000 },
  },
  recipients: [
    { [PR.DISPLAY_NAME]: u('法务部'), [PR.SMTP_ADDRESS]: u('legal@solutioncl.com'), [PR.RECIPIENT_TYPE]: { type: 'long', value: 1 } },
    { [PR.DISPLAY_NAME]: u('王经理'), [PR.SMTP_ADDRESS]: u('wang@solutioncl.com'), [PR.RECIPIENT_TYPE]: { type: 'long', value: 2 } },
  ],
  attachments: [
    { properties: { [PR.ATTACH_METHOD]: { type: 'long', value: 1 }, [PR.ATTACH_LONG_FILENAME]: u('申请书.pdf'), [PR.ATTACH_FILENAME]: u('SQS~1.PDF'), [PR.ATTACH_MIME_TAG]: u('application/pdf'), [PR.ATTACH_DATA_BIN]: { type: 'binary', bytes: pdf } } },
    { properties: { [PR.ATTACH_METHOD]: { type: 'long', value: 1 }, [PR.ATTACH_LONG_FILENAME]: u('logo.png'), [PR.ATTACH_MIME_TAG]: u('image/png'), [PR.ATTACH_CONTENT_ID]: u('logo@solutioncl.com'), [PR.ATTACH_DATA_BIN]: { type: 'binary', bytes: png } } },
    { properties: { [PR.ATTACH_METHOD]: { type: 'long', value: 5 }, [PR.DISPLAY_NAME]: u('申请删除账户') }, embedded: forwardedItem },
  ],
};

// 申请删除个人信息 / 您好，请删除我在贵司保存的全部个人信息，包括手机号码。/ 王小明 / 身份证.jpg, in GBK (code page 936)
const gbkMsg: MsgItem = {
  properties: {
    [PR.MESSAGE_CLASS]: { type: 'string8', bytes: new TextEncoder().encode('IPM.Note') },
    [PR.SUBJECT]: { type: 'string8', bytes: hexBytes('c9eac7ebc9beb3fdb8f6c8cbd0c5cfa2') },
    [PR.SENDER_NAME]: { type: 'string8', bytes: hexBytes('cdf5d0a1c3f7') },
    [PR.SENDER_ADDRESS_TYPE]: { type: 'string8', bytes: new TextEncoder().encode('SMTP') },
    [PR.SENDER_EMAIL_ADDRESS]: { type: 'string8', bytes: new TextEncoder().encode('wangxm@163.com') },
    [PR.BODY]: { type: 'string8', bytes: hexBytes('c4fabac3a3acc7ebc9beb3fdced2d4dab9f3cbbeb1a3b4e6b5c4c8abb2bfb8f6c8cbd0c5cfa2a3acb0fcc0a8cad6bbfabac5c2eba1a3') },
    [PR.MESSAGE_CODEPAGE]: { type: 'long', value: 936 },
    [PR.MESSAGE_DELIVERY_TIME]: { type: 'time', value: '2026-03-03T01:30:00.000Z' },
  },
  attachments: [
    { properties: { [PR.ATTACH_METHOD]: { type: 'long', value: 1 }, [PR.ATTACH_LONG_FILENAME]: { type: 'string8', bytes: hexBytes('c9edb7ddd6a42e6a7067') }, [PR.ATTACH_DATA_BIN]: { type: 'binary', bytes: png } } },
  ],
};

async function read(bytes: Uint8Array, name = 'mail.msg'): Promise<ParseResult> {
  const [r, ...rest] = await parseMailFile({ name, bytes, lastModified: '2026-03-09T00:00:00.000Z' }, { ...OPTIONS, readOutlook: readOutlookMsg });
  expect(rest).toEqual([]);
  expect(parseResultSchema.safeParse(r).success).toBe(true);
  return r!;
}

function message(r: ParseResult): ParsedMessage {
  if (!r.ok) throw new Error(`${r.failure.code} ${r.failure.detail ?? ''}`);
  return r.message;
}

describe('Outlook .msg (issue 12)', () => {
  it('a Unicode .msg: headers, time of receipt, bodies, attachments with digests, the attached item as a forwarded message', async () => {
    const bytes = buildMsg(unicodeMsg);
    const m = message(await read(bytes));
    expect(m).toMatchObject({
      fileName: 'mail.msg',
      sha256: sha256Hex(bytes),
      subject: '转发：申请删除账户',
      from: { name: '陈同事', address: 'chen@solutioncl.com' },
      fromCompany: true,
      to: [{ name: '法务部', address: 'legal@solutioncl.com' }],
      cc: [{ name: '王经理', address: 'wang@solutioncl.com' }],
      messageId: 'outlook-1@solutioncl.com',
      inReplyTo: 'earlier@solutioncl.com',
      date: '2026-03-02T02:20:00.000Z',
      // our server's Received: stamp, as for an .eml
      receivedAt: '2026-03-02T02:21:07.000Z',
      receivedAtSource: 'received-header',
      receivedBy: 'mx.solutioncl.com',
    });
    expect(m.raw).toBe(bytes);
    expect(m.text).toBe('请处理下面这封申请。\n附件是申请书。');
    expect(m.html).toContain('<img src="cid:logo@solutioncl.com">');
    expect(m.attachments.map((a) => [a.fileName, a.mimeType, a.inline, a.sha256])).toEqual([
      ['申请书.pdf', 'application/pdf', false, sha256Hex(pdf)],
      ['logo.png', 'image/png', true, sha256Hex(png)],
      ['申请删除账户.msg', 'application/vnd.ms-outlook', false, expect.stringMatching(/^[0-9a-f]{64}$/)],
    ]);
    expect(m.attachments[1]!.contentId).toBe('logo@solutioncl.com');
    expect(m.forwarded).toEqual([
      { depth: 1, attachmentIndex: 2, subject: '申请删除账户', from: { name: '李娜', address: 'lina@qq.com' }, date: '2026-03-01T01:00:00.000Z', text: '请注销我的账户并删除全部数据。' },
    ]);
    // what the forwarded request says counts: a colleague's forward of a deletion request
    expect(classifyMessage(m).requestType.type).toBe('deletion');
  });

  it('the attached item can be saved and read again on its own', async () => {
    const outer = message(await read(buildMsg(unicodeMsg)));
    const inner = message(await read(outer.attachments[2]!.bytes, '申请删除账户.msg'));
    expect(inner).toMatchObject({ subject: '申请删除账户', from: { address: 'lina@qq.com' }, text: '请注销我的账户并删除全部数据。' });
  });

  it('a .msg in code page 936 (Chinese Outlook without Unicode) is read in GBK', async () => {
    const m = message(await read(buildMsg(gbkMsg)));
    expect(m).toMatchObject({
      subject: '申请删除个人信息',
      from: { name: '王小明', address: 'wangxm@163.com' },
      text: '您好，请删除我在贵司保存的全部个人信息，包括手机号码。',
      // no transport headers: the mailbox's delivery time
      receivedAt: '2026-03-03T01:30:00.000Z',
      receivedAtSource: 'server-internaldate',
    });
    // no PR_ATTACH_MIME_TAG: the type from the extension
    expect(m.attachments.map((a) => [a.fileName, a.mimeType])).toEqual([['身份证.jpg', 'image/jpeg']]);
    expect(classifyMessage(m).requestType.type).toBe('deletion');
  });

  it('keeps a damaged .msg raw with a clear failure', async () => {
    const damaged = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600).fill(7)]);
    const r = await read(damaged, 'broken.msg');
    expect(r).toMatchObject({ ok: false, failure: { code: 'outlook-msg-unreadable', sha256: sha256Hex(damaged), fileTime: '2026-03-09T00:00:00.000Z' } });
    if (!r.ok) expect(r.failure.raw).toBe(damaged);
  });

  it('without a reader (pure code), a .msg is kept raw as before', async () => {
    const [r] = await parseMailFile({ name: 'a.msg', bytes: buildMsg(gbkMsg) }, OPTIONS);
    expect(r).toMatchObject({ ok: false, failure: { code: 'outlook-msg-unsupported' } });
  });
});
