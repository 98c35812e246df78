import { loadCalendar, SHIPPED_CALENDAR_DATA, type WorkingDayCalendar } from '../../calendar';
import { blankIncidentFields, type Incident } from '../../domain/incident';

/** A blank incident discovered at `discoveredAt`, with `overrides`. */
export function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    ...blankIncidentFields(),
    id: 'inc-1',
    reference: 'INC-2026-0001',
    title: '短信接口配置错误导致用户信息可被访问',
    discoveredAt: '2026-11-30T02:00:00.000Z',
    createdBy: '王敏',
    createdAt: '2026-11-30T02:05:00.000Z',
    updatedAt: '2026-11-30T02:05:00.000Z',
    ...overrides,
  };
}

/** Every field a notice needs, filled. */
export function completeIncident(overrides: Partial<Incident> = {}): Incident {
  return incident({
    description: '第三方短信服务接口的访问控制配置错误，部分用户信息可被未经授权访问。',
    occurredAt: '2026-11-29T16:00:00.000Z',
    discoveredBy: '安全运营中心',
    systems: '昶联短信平台 API 网关',
    place: '浙江省宁波市（数据中心）',
    breachTypes: ['leak'],
    categories: ['phone', 'account-name'],
    sensitiveInvolved: true,
    sensitiveWhich: '手机号码',
    peopleAffected: { kind: 'exact', count: 1_200_000 },
    subjectCategories: '平台注册用户及其终端用户',
    eeaPeopleAffected: 3_000,
    recordsAffected: 1_500_000,
    regions: ['mainland', 'eea'],
    cause: '接口网关升级后访问控制策略未生效。',
    possibleHarm: '可能收到诈骗短信或电话。',
    measuresTaken: '已关闭该接口并重置密钥。',
    measuresEffect: '未再发现异常访问。',
    measuresPlanned: '全面排查其他接口的访问控制。',
    trend: '事态已得到控制。',
    supportRequested: '无',
    adviceToIndividuals: '请警惕冒充客服的电话和短信，及时修改密码。',
    remediesOffered: '为受影响用户免费提供一年的账户安全保护服务。',
    contact: { name: '王敏', phone: '400-7800-900', email: 'legal@solutioncl.com' },
    ...overrides,
  });
}

let calendar: WorkingDayCalendar | undefined;
export function shippedCalendar(): WorkingDayCalendar {
  if (!calendar) {
    const loaded = loadCalendar(SHIPPED_CALENDAR_DATA);
    if (!loaded.ok) throw new Error('the shipped calendar does not load');
    calendar = loaded.calendar;
  }
  return calendar;
}
