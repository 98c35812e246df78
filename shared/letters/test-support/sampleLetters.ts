import type { Case } from '../../domain/case';
import type { Requester } from '../../domain/requester';
import { DEFAULT_COMPANY_DETAILS } from '../company';
import { composeLetter, defaultLayout, letterDataFromCase, recipientFromRequester, regimeOf } from '../compose';
import type { LetterContent, LetterLayout, LetterSignatory } from '../content';
import { DEFAULT_CLAUSES } from '../templates/defaultClauses';
import { DEFAULT_TEMPLATES } from '../templates/defaultTemplates';
import type { LetterData } from '../templates/mergeFields';
import type { LetterKind, LetterTemplate } from '../templates/schema';
import { WorkingDayCalendar } from '../../calendar/workingDayCalendar';
import { SHIPPED_CALENDAR_DATA } from '../../calendar/shippedCalendarData';
import { computeDeadline } from '../../deadlines/computeDeadline';
import { DEFAULT_DEADLINE_RULES, type DeadlineRule } from '../../deadlines/deadlineRule';
import { letterPeriodFrom, type LetterPeriod } from '../templates/period';

const calendar = new WorkingDayCalendar(SHIPPED_CALENDAR_DATA);

/** The case's period under `rules` (the shipped ones by default) as of `today`, as the editor hands it to the merge. */
export function periodOf(c: Case, rules: readonly DeadlineRule[] = DEFAULT_DEADLINE_RULES, today = '2026-09-28'): LetterPeriod {
  const period = letterPeriodFrom(computeDeadline(c, calendar, rules, today));
  if (!period) throw new Error('no rule gives this case a period');
  return period;
}

const now = '2026-09-28T02:30:00.000Z';

export const sampleRequester: Requester = {
  id: 'r1',
  kind: 'individual',
  name: '张三',
  email: 'zhangsan@qq.com',
  phone: '13800138000',
  address: '浙江省杭州市西湖区文三路 90 号',
  postcode: '310012',
  region: 'mainland',
  createdAt: now,
  updatedAt: now,
};

export const eeaRequester: Requester = {
  ...sampleRequester,
  id: 'r2',
  kind: 'eea-individual',
  name: 'Anna Schmidt',
  email: 'anna.schmidt@web.de',
  address: 'Hauptstraße 5, Berlin',
  postcode: '10115',
  region: 'eea',
};

export const sampleCase: Case = {
  id: 'c1',
  reference: 'CL-2026-0042',
  channel: 'email',
  receivedAt: '2026-09-28T01:30:00.000Z',
  receivedAtSource: 'received-header',
  requesterId: 'r1',
  requestType: 'access',
  typeConfirmed: true,
  gdpr: false,
  subject: '申请查阅本人个人信息',
  summary: '',
  status: 'open',
  stage: 'in-progress',
  assignee: '王敏',
  verifiedAt: '2026-09-28T06:00:00.000Z',
  pauses: [],
  extensions: [],
  dueDate: '2026-10-23',
  outcome: 'granted',
  deletionGround: 'consent-withdrawn',
  refusalReasons: '您请求查阅的通话记录属于其他用户的个人信息，向您提供将侵害他人合法权益（个人信息保护法第四十五条第一款、第十八条）。',
  messageIds: [],
  createdAt: now,
  updatedAt: now,
};

export const officer: LetterSignatory = { name: '王敏', title: { 'zh-CN': '法务专员', 'en-US': 'Legal Officer' }, romanisedName: 'Wang Min' };

/** What an officer writes for each letter, in both languages. */
export const written: LetterData = {
  reasons: {
    'zh-CN': '您请求查阅的通话记录属于其他用户的个人信息，向您提供将侵害他人合法权益。',
    'en-US': 'The call records you asked for are the personal information of other users; disclosing them would infringe their rights.',
  },
  requestedItems: {
    'zh-CN': '1. 居民身份证正反面复印件；\n2. 账户注册手机号码收到的验证码截图。',
    'en-US': '1. A copy of both sides of your identity card;\n2. A screenshot of the verification code sent to your registered phone number.',
  },
  responseDetails: {
    'zh-CN': '您的账户注册信息（手机号码、电子邮箱、企业名称）及2026年1月至9月的登录日志副本见附件。',
    'en-US': 'A copy of your account registration details (phone number, email, company name) and your login log from January to September 2026 is enclosed.',
  },
  extensionReason: { 'zh-CN': '您的请求涉及多个业务系统的数据，需要逐一核查。', 'en-US': 'Your request concerns data held in several systems, each of which must be checked.' },
  retentionReason: {
    'zh-CN': '您的短信发送记录依照《中华人民共和国网络安全法》第二十一条须留存不少于六个月，保存期限尚未届满。',
    'en-US': 'your SMS sending records must be kept for at least six months under Article 21 of the Cybersecurity Law, and that period has not yet ended.',
  },
  findings: { 'zh-CN': '经核查，相关营销短信已于2026年9月30日停止发送，涉及的号码已加入免打扰名单。', 'en-US': 'The marketing messages concerned stopped on 30 September 2026 and the number has been added to our do-not-contact list.' },
  recipientParty: { 'zh-CN': '杭州云帆科技有限公司', 'en-US': 'Hangzhou Yunfan Technology Co., Ltd.' },
  replyBy: '2026-10-28',
  extendedDueDate: '2026-12-28',
};

export function templateOf(kind: LetterKind): LetterTemplate {
  const t = DEFAULT_TEMPLATES.find((x) => x.kind === kind);
  if (!t) throw new Error(`no template ${kind}`);
  return t;
}

/** A complete letter of `kind` for the sample case, in `layout` (EEA requester for bilingual and English). */
export function sampleLetter(kind: LetterKind, layout?: LetterLayout, extra: LetterData = {}): LetterContent {
  const template = templateOf(kind);
  const eea = layout === 'bilingual' || layout === 'en-US' || template.regime === 'gdpr';
  const requester = eea ? eeaRequester : sampleRequester;
  const c: Case = { ...sampleCase, gdpr: eea, requestType: template.requestTypes[0] ?? 'access' };
  const result = composeLetter({
    template,
    data: letterDataFromCase(c, requester, officer, '2026-09-28', { responsePeriod: periodOf(c), ...written, ...extra }),
    layout: layout ?? defaultLayout(c, requester),
    regime: regimeOf(c),
    company: DEFAULT_COMPANY_DETAILS,
    clauses: DEFAULT_CLAUSES,
    recipient: recipientFromRequester(requester),
    signatory: officer,
  });
  if (!result.ok) throw new Error(`${kind}: missing ${result.missing.map((m) => `${m.field}/${m.language}`).join(', ')}`);
  return result.content;
}
