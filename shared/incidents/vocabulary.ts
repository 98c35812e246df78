/**
 * The fixed lists an incident record picks from. Ids are stable (stored);
 * their labels live in the locale files (incidents.category.<id> …).
 */

/**
 * The personal information an incident touched, one data element per id
 * (issue 14: a notice names exactly what leaked, so "email addresses" must
 * not drag "passwords" in with it). Taken from the privacy policy's own
 * lists so that a notice names them in the policy's words:
 * 1.1.2 (registration and real-name data), 1.2.1 (contact data), 1.3.1
 * (device and log data), 1.3.3 (support and call records), 1.5 (security
 * data), the definition of 个人敏感信息 (address book, location, itinerary,
 * browsing records) and section 三.4 (biometrics). The order is the order of
 * the checkboxes and of the drafts' lists.
 */
export const personalInfoCategoryIds = [
  'name', // 姓名 (1.1.2)
  'phone', // 手机号码 (1.2.1)
  'email', // 电子邮箱 (1.2.1)
  'account-name', // 账户名 (1.1.2)
  'password', // 密码 (1.1.2)
  'id-number', // 身份证件号码 (1.1.2 经办人信息, 3.1.5)
  'address', // 通信地址
  'bank-card', // 银行卡号及银行账户 (1.1.2; 定义: 财产信息)
  'top-up', // 充值与交易记录 (1.1.2; 定义: 财产信息)
  'call-records', // 通信、通话记录 (1.3.3)
  'support-records', // 咨询、保障记录 (1.3.3)
  'precise-location', // 精准定位信息 (定义); not 'location', the old id of 精准定位与行程信息
  'itinerary', // 行程信息 (定义)
  'address-book', // 通讯录 (定义)
  'login-ip', // 登录 IP 地址 (1.3.1, 1.5)
  'operation-logs', // 操作日志、服务日志 (1.3.1)
  'browsing-records', // 网页浏览记录 (定义)
  'device-identifiers', // IMEI、AndroidID、OAID、IMSI、ICCID、GAID、MEID、IDFV、IDFA、MAC (1.3.1)
  'business-licence', // 单位名称、营业执照、统一社会信用代码、法定代表人姓名 (1.1.2): about an enterprise
  'biometrics', // 个人生物识别信息 (三.4)
] as const;
export type PersonalInfoCategory = (typeof personalInfoCategoryIds)[number];

/**
 * Incidents recorded before issue 14 stored grouped categories. Each old id
 * reads as every element it named, so an old record keeps saying what it said
 * (the officer can then untick what did not leak); ids that were already one
 * element keep their id.
 */
export const LEGACY_CATEGORY_ELEMENTS: Readonly<Record<string, readonly PersonalInfoCategory[]>> = {
  'account-contact': ['name', 'email', 'account-name', 'password'],
  'id-numbers': ['id-number'],
  'bank-accounts': ['bank-card', 'top-up'],
  'phone-numbers': ['phone'],
  location: ['precise-location', 'itinerary'],
  logs: ['login-ip', 'operation-logs', 'browsing-records'],
  'communication-records': ['support-records', 'call-records'],
};

/**
 * Stored category ids (old or new) as data elements, each once, in the
 * checkbox order. Unknown ids are kept at the end so that the schema rejects them.
 */
export function categoryElementsOf(stored: readonly string[]): string[] {
  const wanted = new Set<string>();
  for (const id of stored) for (const element of LEGACY_CATEGORY_ELEMENTS[id] ?? [id]) wanted.add(element);
  const known: string[] = personalInfoCategoryIds.filter((id) => wanted.has(id));
  return [...known, ...[...wanted].filter((id) => !isPersonalInfoCategory(id))];
}

/** What a stored record's categories name, as elements (the drafts and the form read records stored before issue 14 through this). */
export function storedCategoryElements(stored: readonly string[]): PersonalInfoCategory[] {
  return categoryElementsOf(stored).filter(isPersonalInfoCategory);
}

function isPersonalInfoCategory(id: string): id is PersonalInfoCategory {
  return (personalInfoCategoryIds as readonly string[]).includes(id);
}

/**
 * The elements the policy itself calls 个人敏感信息 (its definitions and
 * 三.4): property data (bank accounts and top-ups), identity data (ID
 * card), network identity data (account name, email, password), and
 * address book, phone numbers, itinerary, browsing records, precise
 * location, biometrics. A name or an address alone is not on that list,
 * business-licence data is about an enterprise, and device identifiers,
 * login IPs and logs are not on it either: the officer may still say yes.
 */
export const SENSITIVE_BY_POLICY: ReadonlySet<PersonalInfoCategory> = new Set<PersonalInfoCategory>([
  'phone',
  'email',
  'account-name',
  'password',
  'id-number',
  'bank-card',
  'top-up',
  'precise-location',
  'itinerary',
  'address-book',
  'browsing-records',
  'biometrics',
]);

/** Where the people affected are (SPEC §5); EEA brings GDPR Art. 33/34 (policy 9.4, 10.3). */
export const incidentRegionIds = ['mainland', 'eea', 'other'] as const;
export type IncidentRegion = (typeof incidentRegionIds)[number];

/** PIPL 57 names three things that happen to personal information: 泄露、篡改、丢失. */
export const breachTypeIds = ['leak', 'tampering', 'loss'] as const;
export type BreachType = (typeof breachTypeIds)[number];

/** 安全事件分级 under the 网络安全事件分级指南 (annex to the reporting measures), lowest first. */
export const incidentGradeIds = ['general', 'major', 'serious', 'especially-serious'] as const; // 一般/较大/重大/特别重大
export type IncidentGrade = (typeof incidentGradeIds)[number];

/**
 * PIPL 57 gives three ways to deal with the individuals: tell each of them
 * (policy 5.4.1: phone, SMS, push, email), announce publicly where telling
 * each one is impracticable (policy 5.4.1: 难以逐一告知…发布公告), or not
 * tell them because the measures taken effectively avoid harm (PIPL 57 ¶2;
 * the authority may still require it).
 */
export const individualNoticeModeIds = ['individual', 'announcement', 'skip'] as const;
export type IndividualNoticeMode = (typeof individualNoticeModeIds)[number];

/** GDPR Art. 34(3): the three cases in which the data subjects need not be told of a high-risk breach. */
export const art34ExceptionIds = ['a', 'b', 'c'] as const;
export type Art34Exception = (typeof art34ExceptionIds)[number];

/** Art. 34(1): only a breach "likely to result in a high risk" must be communicated to the data subjects. */
export const gdprRiskIds = ['high', 'not-high'] as const;
export type GdprRisk = (typeof gdprRiskIds)[number];

/** What the incident obliges the company to do, each with its own clock. */
export const obligationIds = ['regulator-report', 'police-report', 'individual-notice', 'gdpr-art33', 'gdpr-art34', 'summary-report'] as const;
export type ObligationId = (typeof obligationIds)[number];

/** The drafts generated from the record. */
export const draftKindIds = ['email', 'sms', 'announcement', 'regulator-report', 'gdpr-art33', 'gdpr-art34'] as const;
export type DraftKind = (typeof draftKindIds)[number];

/** The reporting measures let an initial report (初报) carry items (一)(二) only and be supplemented (续报). */
export const reportStageIds = ['initial', 'supplementary'] as const;
export type ReportStage = (typeof reportStageIds)[number];
