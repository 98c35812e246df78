import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from './test-support/freshDatabase';
import { sha256Hex } from '../../shared/audit/chain';
import { CaseDeskDatabase } from './database';
import { registerPaperIntake, type PaperIntake } from './intakePaper';

let db: CaseDeskDatabase;
withFreshDatabase((fresh) => (db = fresh));

const pdf = new TextEncoder().encode('%PDF-1.4\n% page 1\n');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

const letter: PaperIntake = {
  channel: 'postal',
  receivedDate: '2026-11-27',
  postmarkDate: '2026-11-24',
  trackingNumber: ' SF1234567890 ',
  name: '陈静',
  address: '浙江省宁波市海曙区中山西路 1 号',
  postcode: '315000',
  phone: '+86 139-5740-1234',
  requestText: '本人申请删除贵司保存的我的手机号码及通话记录。\n此致',
  requestType: 'deletion',
  gdpr: false,
  scans: [
    { name: '来信第1页.pdf', mimeType: 'application/pdf', bytes: pdf },
    { name: '来信第2页.png', mimeType: 'image/png', bytes: png },
  ],
};

describe('registering a letter on paper', () => {
  it('opens the case from the date of receipt, keeps the postmark apart, and stores the scans with their digests', async () => {
    const c = await registerPaperIntake(db, letter, '王法务', new Date('2026-11-30T02:00:00.000Z'));
    expect(c).toMatchObject({
      channel: 'postal',
      receivedAt: '2026-11-26T16:00:00.000Z', // 2026-11-27 00:00 in Shanghai
      receivedAtSource: 'entered',
      postmarkDate: '2026-11-24',
      trackingNumber: 'SF1234567890',
      requestType: 'deletion',
      typeConfirmed: true,
      subject: '本人申请删除贵司保存的我的手机号码及通话记录。',
    });
    expect(await db.requesters.get(c.requesterId)).toMatchObject({ name: '陈静', phone: '13957401234', postcode: '315000', region: 'mainland' });
    const docs = await db.documents.where('caseId').equals(c.id).toArray();
    expect(docs.map((d) => [d.kind, d.fileName, d.sha256]).sort()).toEqual(
      [
        ['scan', '来信第1页.pdf', sha256Hex(pdf)],
        ['scan', '来信第2页.png', sha256Hex(png)],
      ].sort(),
    );
  });

  it('links a known requester when the officer chose one, and takes the time of day when given', async () => {
    const first = await registerPaperIntake(db, letter, '王法务');
    const second = await registerPaperIntake(db, { ...letter, channel: 'phone', receivedTime: '14:30', existingRequesterId: first.requesterId, scans: [], postmarkDate: undefined, trackingNumber: undefined }, '王法务');
    expect(second).toMatchObject({ channel: 'phone', receivedAt: '2026-11-27T06:30:00.000Z', requesterId: first.requesterId });
    expect(second.postmarkDate).toBeUndefined();
    expect(await db.requesters.count()).toBe(1);
  });
});
