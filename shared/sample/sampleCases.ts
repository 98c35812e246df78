import type { Case } from '../domain/case';
import type { Requester } from '../domain/requester';
import { requestTypeIds, type Channel, type Outcome, type RequestType } from '../domain/requestTypes';
import { instantFromShanghai, shanghaiDate, type LocalDate } from '../domain/time';
import { residentIdCheckCharacter } from '../identity/checkCharacter';

/**
 * Sample data for a newcomer's first run (and for benchmarks): realistic
 * requests to the legal team, Chinese and a few EEA requesters, every request
 * type and status, received across 2025–2026. Deterministic for a given seed
 * so screenshots and tests see the same store.
 */

export type SampleRequester = Omit<Requester, 'id' | 'createdAt' | 'updatedAt'>;
export type SampleCase = Omit<Case, 'id' | 'reference' | 'requesterId' | 'createdAt' | 'updatedAt'> & { requesterIndex: number };
export interface SampleData {
  requesters: SampleRequester[];
  cases: SampleCase[];
}

/** mulberry32: a small, well-known seeded PRNG, so samples are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '欧阳', '司马'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '晓东', '子涵', '雨桐', '浩然', '思远', '嘉怡', '梓萱', '一鸣'];
const PINYIN: Record<string, string> = { 王: 'wang', 李: 'li', 张: 'zhang', 刘: 'liu', 陈: 'chen', 杨: 'yang', 黄: 'huang', 赵: 'zhao', 吴: 'wu', 周: 'zhou', 徐: 'xu', 孙: 'sun', 马: 'ma', 朱: 'zhu', 胡: 'hu', 郭: 'guo', 何: 'he', 林: 'lin', 罗: 'luo', 高: 'gao', 欧阳: 'ouyang', 司马: 'sima' };
/** county codes of the sample addresses (宁波海曙, 杭州西湖, 上海浦东, 北京朝阳, 深圳南山, 南京鼓楼, 成都武侯) */
const COUNTY_CODES = ['330203', '330106', '310115', '110105', '440305', '320106', '510107'];
const MAIL_HOSTS = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'aliyun.com'];
const CITIES = ['浙江省杭州市西湖区文三路 90 号', '浙江省宁波市海曙区中山西路 138 号', '上海市浦东新区张杨路 500 号', '北京市朝阳区建国路 88 号', '广东省深圳市南山区科技园南区 12 栋', '江苏省南京市鼓楼区中山北路 30 号', '四川省成都市武侯区人民南路四段 9 号'];
const COMPANIES = ['杭州云帆科技有限公司', '宁波海曙速达物流有限公司', '上海蓝鲸网络科技有限公司', '深圳前海微讯信息技术有限公司'];
const EEA = [
  { name: 'Anna Schmidt', email: 'anna.schmidt@web.de' },
  { name: 'Lukas Müller', email: 'l.mueller@gmx.de' },
  { name: 'Camille Dubois', email: 'camille.dubois@orange.fr' },
  { name: 'Giulia Rossi', email: 'giulia.rossi@libero.it' },
  { name: 'Javier García', email: 'j.garcia@telefonica.es' },
  { name: 'Katarzyna Nowak', email: 'k.nowak@wp.pl' },
  { name: 'Sanne de Vries', email: 'sanne.devries@ziggo.nl' },
];
export const SAMPLE_OFFICERS = ['王敏', '李娜', '张伟', '陈静'] as const;
/** the subject of the sample case that reproduces SPEC §3's first worked example */
export const WORKED_EXAMPLE_SUBJECT = '申请查阅本人账户登录记录';

const SUBJECTS: Record<RequestType, { zh: string; en: string }> = {
  access: { zh: '申请查阅本人个人信息', en: 'Request for access to my personal data' },
  copy: { zh: '申请获取个人信息副本', en: 'Request for a copy of my personal data' },
  portability: { zh: '申请将个人信息转移至指定第三方', en: 'Request to transfer my data to another provider' },
  correction: { zh: '申请更正账户联系信息', en: 'Request to rectify my contact details' },
  deletion: { zh: '申请删除个人信息', en: 'Request for erasure of my personal data' },
  'account-cancellation': { zh: '申请注销昶联平台账户', en: 'Request to close my account' },
  'consent-withdrawal': { zh: '撤回营销短信授权同意', en: 'Withdrawal of consent to marketing messages' },
  explanation: { zh: '请解释个人信息处理规则', en: 'Request for an explanation of how my data is processed' },
  'deceased-relative': { zh: '已故亲属个人信息查阅申请', en: "Request concerning my late father's data" },
  minor: { zh: '关于未成年子女个人信息的删除申请', en: "Request to delete my child's data" },
  complaint: { zh: '投诉：频繁收到营销短信', en: 'Complaint: repeated unsolicited SMS' },
  'ip-notice': { zh: '知识产权侵权通知：网站转载文章', en: 'Notice of copyright infringement on your website' },
  restriction: { zh: '要求限制处理个人信息', en: 'Objection to processing of my data' },
  other: { zh: '咨询个人信息相关问题', en: 'Question about personal data' },
};

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `count` cases received between `from` and `until` (Shanghai dates, inclusive);
 * cases received close to `until` are still open, older ones mostly closed.
 */
export function generateSampleData(options: { count?: number; seed?: number; from?: LocalDate; until: LocalDate }): SampleData {
  const rand = prng(options.seed ?? 20261129);
  const count = options.count ?? 200;
  const from = options.from ?? '2025-01-02';
  const spanDays = Math.max(1, Math.round((Date.parse(options.until) - Date.parse(from)) / 86_400_000));
  const requesters: SampleRequester[] = [];
  const cases: SampleCase[] = [];

  const newChineseRequester = (): number => {
    const surname = pick(rand, SURNAMES);
    const given = pick(rand, GIVEN);
    const enterprise = rand() < 0.08;
    // about half the individuals have given their ID number (a valid one: GB 11643 check character)
    const withId = !enterprise && rand() < 0.5;
    const birth = `${1958 + Math.floor(rand() * 48)}${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const idBody = `${pick(rand, COUNTY_CODES)}${birth}${String(Math.floor(rand() * 1000)).padStart(3, '0')}`;
    const local = `${PINYIN[surname] ?? 'user'}${Math.floor(rand() * 9000 + 1000)}`;
    requesters.push({
      kind: enterprise ? 'enterprise' : 'individual',
      name: surname + given,
      email: `${local}@${pick(rand, MAIL_HOSTS)}`,
      phone: `1${pick(rand, ['3', '5', '7', '8', '9'])}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`,
      region: 'mainland',
      address: pick(rand, CITIES),
      ...(enterprise ? { organisation: pick(rand, COMPANIES) } : {}),
      ...(withId ? { idNumber: idBody + residentIdCheckCharacter(idBody) } : {}),
    });
    return requesters.length - 1;
  };
  const newEeaRequester = (): number => {
    const person = pick(rand, EEA);
    requesters.push({ kind: 'eea-individual', name: person.name, email: person.email, region: 'eea' });
    return requesters.length - 1;
  };

  for (let i = 0; i < count; i++) {
    // every request type appears: the first cases walk the list, the rest are drawn at random
    const requestType: RequestType = i < requestTypeIds.length ? requestTypeIds[i]! : pick(rand, requestTypeIds);
    const wantEea = i % 23 === 5 || (requestType !== 'ip-notice' && rand() < 0.04);
    // some requesters write more than once (a matched requester, SPEC §1)
    const reuse = requesters.length > 10 && rand() < 0.12;
    const candidate = reuse ? Math.floor(rand() * requesters.length) : -1;
    const requesterIndex =
      candidate >= 0 && (requesters[candidate]!.region === 'eea') === wantEea ? candidate : wantEea ? newEeaRequester() : newChineseRequester();
    const requester = requesters[requesterIndex]!;
    // an EEA requester's case is a GDPR case (policy 9.4, 10.3)
    const gdpr = requester.region === 'eea';
    const receivedDate = addDays(from, Math.floor(rand() * spanDays));
    const receivedAt = instantFromShanghai(receivedDate, `${String(8 + Math.floor(rand() * 10)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`);
    const ageDays = Math.round((Date.parse(options.until) - Date.parse(receivedDate)) / 86_400_000);
    const channel: Channel = gdpr ? 'email' : pick(rand, ['email', 'email', 'email', 'postal', 'postal', 'phone', 'online-service', 'in-person'] as const);
    const english = requester.region === 'eea';
    const subject = english ? SUBJECTS[requestType].en : SUBJECTS[requestType].zh;
    const assignee = pick(rand, SAMPLE_OFFICERS);

    // The older the case, the likelier it is finished.
    const closed = ageDays > 45 ? rand() < 0.95 : ageDays > 20 ? rand() < 0.5 : rand() < 0.1;
    const verified = closed || rand() < 0.7;
    const verifiedAt = verified ? instantFromShanghai(addDays(receivedDate, 1 + Math.floor(rand() * 3)), '10:00') : undefined;
    const paused = !closed && rand() < 0.15;
    const base: SampleCase = {
      requesterIndex,
      channel,
      receivedAt,
      receivedAtSource: channel === 'email' ? 'received-header' : 'entered',
      requestType,
      typeConfirmed: true,
      gdpr,
      subject,
      summary: english
        ? `${subject}. Account e-mail ${requester.email ?? '—'}.`
        : `${requester.name}来函：${subject}。${requester.email ? `账户邮箱 ${requester.email}。` : ''}`,
      status: 'open',
      stage: verified ? 'in-progress' : 'verifying',
      assignee,
      pauses: [],
      extensions: [],
      messageIds: channel === 'email' ? [`<${i}.${Math.floor(rand() * 1e9)}@${(requester.email ?? 'mail.example').split('@')[1]}>`] : [],
      ...(verifiedAt ? { verifiedAt } : {}),
    };
    if (closed) {
      const outcome: Outcome = requestType === 'complaint' ? 'granted' : pick(rand, ['granted', 'granted', 'granted', 'partly-granted', 'refused', 'storage-only', 'withdrawn', 'closed-unanswered'] as const);
      // most answered inside the period, a few late
      const answeredAfter = rand() < 0.9 ? 3 + Math.floor(rand() * 14) : 22 + Math.floor(rand() * 10);
      const closedDate = addDays(shanghaiDate(verifiedAt ?? receivedAt), answeredAfter);
      Object.assign(base, {
        status: 'closed',
        stage: 'closed',
        outcome,
        closedAt: instantFromShanghai(closedDate > options.until ? options.until : closedDate, '16:30'),
        ...(outcome === 'refused' ? { refusalReasons: '经核实，申请所涉信息属于法律法规要求保存的交易记录（隐私政策 4.4），暂无法删除。' } : {}),
        ...(requestType === 'deletion' && outcome === 'granted' ? { deletionGround: 'consent-withdrawn' } : {}),
      });
    } else if (paused) {
      const pauseFrom = addDays(shanghaiDate(verifiedAt ?? receivedAt), 1 + Math.floor(rand() * 3));
      Object.assign(base, {
        status: 'paused',
        stage: 'awaiting-requester',
        pauses: [{ id: `pause-${i}`, from: pauseFrom > options.until ? options.until : pauseFrom, reason: english ? 'Waiting for proof of identity' : '等待申请人补充身份证明材料', by: assignee }],
      });
    }
    cases.push(base);
  }
  // SPEC §3's first worked example, so a newcomer can open "why this date?" on it:
  // received and verified 2026-09-28, 15 working days → 2026-10-23 across National Day
  if (options.until >= '2026-10-23' && from <= '2026-09-28') {
    requesters.push({ kind: 'individual', name: '周晓东', email: 'zhou.xiaodong@163.com', phone: '13857412096', region: 'mainland', address: CITIES[1]! });
    cases.push({
      requesterIndex: requesters.length - 1,
      channel: 'email',
      receivedAt: instantFromShanghai('2026-09-28', '10:00'),
      receivedAtSource: 'received-header',
      requestType: 'access',
      typeConfirmed: true,
      gdpr: false,
      subject: WORKED_EXAMPLE_SUBJECT,
      summary: '周晓东来函：申请查阅本人账户近一年的登录记录。账户邮箱 zhou.xiaodong@163.com。',
      status: 'closed',
      stage: 'closed',
      assignee: SAMPLE_OFFICERS[0],
      pauses: [],
      extensions: [],
      messageIds: ['<worked-example.20260928@163.com>'],
      verifiedAt: instantFromShanghai('2026-09-28', '15:00'),
      outcome: 'granted',
      closedAt: instantFromShanghai('2026-10-20', '16:00'),
    });
  }
  // references are issued in order of receipt, as they would have been
  cases.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
  return { requesters, cases };
}
