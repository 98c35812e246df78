import { describe, expect, it } from 'vitest';
import { openCase } from '../cases';
import { requestersByEmail, requestersByIdNumber, requestersByPhone } from '../blindLookup';
import { CaseDeskDatabase } from '../database';
import { testDatabase, testStoreKeys, withFreshDatabase } from '../test-support/freshDatabase';
import { rawChange, rawRows, rawText } from '../test-support/rawStore';
import { StoreKeyMismatchError } from '../workstation';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const ID = '11010519491231002X';
const SCAN = new TextEncoder().encode('JFIF scan of the card 11010519491231002X 张晓明');

async function openSampleCase() {
  return openCase(
    db,
    {
      requester: {
        create: {
          kind: 'individual',
          name: '张晓明',
          email: 'xiaoming.zhang@example.cn',
          phone: '13912345678',
          idNumber: ID,
          address: '浙江省宁波市鄞州区天童南路 588 号',
          region: 'mainland',
        },
      },
      case: {
        channel: 'email',
        receivedAt: '2026-11-30T02:00:00.000Z',
        receivedAtSource: 'received-header',
        requestType: 'deletion',
        typeConfirmed: true,
        gdpr: false,
        subject: '张晓明 要求删除个人信息',
        summary: '请删除我的通话记录',
        status: 'open',
        stage: 'received',
        assignee: '王敏',
        pauses: [],
        extensions: [],
        messageIds: ['<req-1@example.cn>'],
      },
      documents: [{ meta: { kind: 'scan', fileName: `身份证_${ID}.jpg`, mimeType: 'image/jpeg', identityEvidence: true }, bytes: SCAN }],
    },
    '王敏',
  );
}

describe('the store at rest', () => {
  it('holds no name, ID number, phone, email, address, subject, file name or scan bytes in the clear', async () => {
    await openSampleCase();
    const text = await rawText(db.name);
    for (const secret of ['张晓明', ID, '1101051949', '13912345678', 'xiaoming.zhang', '天童南路', '删除我的通话记录', '身份证_', 'JFIF scan', 'req-1@example.cn']) {
      expect(text, secret).not.toContain(secret);
    }
    // while the workflow facts the dashboard counts stay readable
    const [stored] = await rawRows(db.name, 'cases');
    expect(stored).toMatchObject({ reference: 'CL-2026-0001', status: 'open', requestType: 'deletion', assignee: '王敏' });
  });

  it('gives every feature the plain records back', async () => {
    const c = await openSampleCase();
    expect(await db.cases.get(c.id)).toMatchObject({ subject: '张晓明 要求删除个人信息', messageIds: ['<req-1@example.cn>'] });
    expect((await db.requesters.toArray())[0]).toMatchObject({ name: '张晓明', idNumber: ID, phone: '13912345678' });
    const [doc] = await db.documents.where('caseId').equals(c.id).toArray();
    expect(doc!.fileName).toBe(`身份证_${ID}.jpg`);
    expect((await db.documentBlobs.get(doc!.id))!.bytes).toEqual(SCAN);
  });

  it('finds a requester by email, phone and ID number through blind indexes, written any usual way', async () => {
    await openSampleCase();
    expect(await requestersByEmail(db, 'XiaoMing.Zhang@Example.CN')).toHaveLength(1);
    expect(await requestersByPhone(db, '+86 139 1234 5678')).toHaveLength(1);
    expect(await requestersByIdNumber(db, ID.toLowerCase())).toHaveLength(1);
    expect(await requestersByEmail(db, 'someone@else.cn')).toHaveLength(0);
  });

  it('refuses a row whose sealed part was moved from another row', async () => {
    await openSampleCase();
    await openSampleCase();
    const rows = await rawRows(db.name, 'requesters');
    expect(rows).toHaveLength(2);
    await rawChange(db.name, 'requesters', (store) => store.put({ ...rows[1], __sealed: rows[0]!.__sealed }));
    await expect(db.requesters.toArray()).rejects.toThrow(/sealed value/);
  });

  it('will not open with another key: the whole store is refused, not record by record', async () => {
    await openSampleCase();
    db.close();
    const other = testDatabase(db.name, testStoreKeys(2));
    await expect(other.open()).rejects.toSatisfy((e: unknown) => e instanceof StoreKeyMismatchError || (e as { inner?: unknown }).inner instanceof StoreKeyMismatchError);
    other.close();
    await db.open();
  });
});
