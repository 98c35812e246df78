/** UI text of the incidents feature (zh-CN is the reference: en-US must have the same keys). */
export const incidents = {
  title: '安全事件',

  /** the policy's own categories (shared/incidents/vocabulary.ts); also the words the drafts use */
  category: {
    'account-contact': '账户与联系信息（姓名、电子邮箱、账户名、密码）',
    'id-numbers': '身份证件号码',
    'bank-accounts': '银行账户及充值信息',
    'phone-numbers': '手机号码',
    'device-identifiers': '设备识别符（IMEI、AndroidID、OAID、IDFA 等）',
    location: '精准定位与行程信息',
    logs: '登录 IP、操作日志与网页浏览记录',
    'communication-records': '咨询记录及通信、通话记录',
    'address-book': '通讯录',
    'business-licence': '企业信息（营业执照、统一社会信用代码、法定代表人姓名）',
    biometrics: '个人生物识别信息',
  },
  breachType: {
    leak: '泄露',
    tampering: '篡改',
    loss: '丢失',
  },
  region: {
    mainland: '中国大陆',
    eea: '欧洲经济区（EEA）',
    other: '其他国家或地区',
  },
  grade: {
    general: '一般',
    major: '较大',
    serious: '重大',
    'especially-serious': '特别重大',
  },
} as const;
