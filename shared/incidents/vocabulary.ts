/**
 * The fixed lists an incident record picks from. Ids are stable (stored);
 * their labels live in the locale files (incidents.category.<id> …).
 */

/**
 * Categories of personal information, taken from the privacy policy's own
 * lists so that a notice names them in the policy's words:
 * 1.1.2 (registration and real-name data), 1.2.1 (contact data), 1.3.1
 * (device and log data), 1.3.3 (support and call records), 1.5 (security
 * data), and the definition of 个人敏感信息 (address book, location,
 * browsing records) and section 三.4 (biometrics).
 */
export const personalInfoCategoryIds = [
  'account-contact', // 姓名、电子邮箱、账户名、密码 (1.1.2, 1.2.1)
  'id-numbers', // 身份证号码 (1.1.2 经办人信息, 3.1.5)
  'bank-accounts', // 银行账户及充值信息 (1.1.2; 定义: 财产信息)
  'phone-numbers', // 手机号码、个人电话号码 (1.2.1)
  'device-identifiers', // IMEI、AndroidID、OAID、IMSI、ICCID、GAID、MEID、IDFV、IDFA、MAC (1.3.1)
  'location', // 精准定位信息、行程信息 (定义)
  'logs', // 登录 IP、操作日志、服务日志、网页浏览记录 (1.3.1, 1.5, 定义)
  'communication-records', // 咨询、保障记录及通信或通话记录 (1.3.3)
  'address-book', // 通讯录 (定义)
  'business-licence', // 单位名称、营业执照、统一社会信用代码、法定代表人姓名 (1.1.2)
  'biometrics', // 个人生物识别信息 (三.4)
] as const;
export type PersonalInfoCategory = (typeof personalInfoCategoryIds)[number];

/**
 * The categories the policy itself calls 个人敏感信息 (its definitions and
 * 三.4): property data (bank accounts and top-ups), identity data (ID
 * card), network identity data (account name, email, password), and
 * address book, phone numbers, itinerary, browsing records, precise
 * location, biometrics. Logs count because they hold browsing records.
 * Business-licence data is about an enterprise, and device identifiers are
 * not on the policy's list: the officer may still say yes for them.
 */
export const SENSITIVE_BY_POLICY: ReadonlySet<PersonalInfoCategory> = new Set<PersonalInfoCategory>([
  'account-contact',
  'id-numbers',
  'bank-accounts',
  'phone-numbers',
  'location',
  'logs',
  'address-book',
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
