/** UI text of the identity feature (zh-CN is the reference: en-US must have the same keys). */
export const identity = {
  title: '身份验证',

  /** GB 11643 公民身份号码: one text per error code (shared/identity/residentId.ts) */
  residentIdError: {
    length: '身份证号应为 18 位（或 15 位旧号），现为 {length} 位',
    charset: '第 {position} 位的“{character}”无效：只能是数字，末位可为 X',
    region: '地址码 {addressCode} 无效：省级代码不存在，或港澳台居住证的地址码不是 810000/820000/830000',
    'birth-date-invalid': '出生日期 {birthDate} 不是真实存在的日期',
    'birth-date-too-early': '出生日期 {birthDate} 早于 1900 年，不可能是有效号码',
    'birth-date-future': '出生日期 {birthDate} 晚于今天',
    'check-character': '校验码应为 {expected}（现为 {actual}）',
  },
  residentIdSummary: '{birthDate} 出生，{sex}，{age} 周岁',
  convertedFrom15: '15 位旧号，已转换为 18 位',
  minorWarning: '未满 14 周岁：按儿童个人信息处理，应由监护人提出请求（隐私政策 7.1）',
  sex: {
    male: '男',
    female: '女',
  },
  permit: {
    hk: '香港居民居住证',
    mo: '澳门居民居住证',
    tw: '台湾居民居住证',
  },

  /** GB 32100 统一社会信用代码 (shared/identity/creditCode.ts) */
  creditCodeError: {
    length: '统一社会信用代码应为 18 位，现为 {length} 位',
    charset: '第 {position} 位的“{character}”不在代码字符集中（不使用 I、O、S、V、Z）',
    'check-character': '校验码应为 {expected}（现为 {actual}）',
  },
  creditCodeOverrideOffer: '仅校验码不符。如已通过国家企业信用信息公示系统等途径确认该代码真实，可注明理由后接受。',

  nameSource: {
    request: '请求中的姓名',
    idDocument: '证件上的姓名',
    account: '账户登记的姓名',
  },
  nameCheck: {
    match: '姓名一致',
    mismatch: '姓名不一致',
    'nothing-to-compare': '姓名不足两处，无法比对',
    pairDiffers: '{first}与{second}不一致',
  },

  /** checklist items (shared/identity/vocabulary.ts) */
  item: {
    'account-email': '来信邮箱与账户注册邮箱一致',
    'verification-code': '已确认发送至账户的验证码',
    'identity-document': '身份证件（姓名及 18 位身份证号）',
    'business-licence': '营业执照',
    'credit-code': '统一社会信用代码',
    'company-seal': '请求加盖公司公章',
    'agent-identity': '经办人 / 代理人身份证件',
    'authorisation-letter': '授权委托书',
    'principal-identity': '被代理人身份证件',
    'relative-identity': '近亲属本人身份证件',
    'death-certificate': '死亡证明',
    'proof-of-relationship': '近亲属关系证明',
    'relative-interest': '近亲属为自身合法、正当利益提出请求的说明',
    'deceased-arrangements': '死者生前无另行安排',
    'guardian-identity': '监护人身份证件',
    'proof-of-guardianship': '监护关系证明',
    'proportionate-check': '相称的身份核验（如通过账户渠道确认）',
  },
  requirement: {
    always: '必需',
    'request-types': '本类请求必需',
    'reasonable-doubt': '仅在对身份有合理怀疑时需要',
    notRequired: '本类请求不需要',
  },
  /** how an item was checked */
  method: {
    'account-email-match': '来信邮箱与账户一致',
    'verification-code': '验证码确认',
    'phone-callback': '回拨账户预留电话',
    'document-copy': '收到复印件 / 扫描件',
    'notarised-copy': '收到公证件',
    'original-in-person': '现场核验原件',
    'public-registry': '官方公示系统查询',
    'code-validated': '本系统编码校验通过',
    'written-statement': '书面声明',
    'recorded-statement': '申请人陈述（记录于备注）',
  },
  /** what evidence each item expects */
  evidence: {
    'request-message': '申请人的来信',
    'code-log': '验证码发送与确认记录',
    'identity-document': '居民身份证（或港澳台居民居住证、护照）正反面',
    'business-licence': '营业执照副本（加盖公章）',
    'credit-code': '营业执照上的统一社会信用代码',
    'sealed-request': '加盖公司公章的书面请求',
    'authorisation-letter': '授权委托书（载明代理人、代理事项、权限和期限，并由委托人签名或盖章）',
    'death-certificate': '医学死亡证明或注销户口证明',
    'relationship-proof': '户口簿、结婚证、出生医学证明或公证书等',
    'guardianship-proof': '户口簿、出生医学证明或指定监护的文书',
    statement: '申请人的书面或口头说明',
  },
  itemResult: {
    passed: '通过',
    failed: '不通过',
  },
  itemStatus: {
    passed: '已通过',
    failed: '未通过',
    missing: '待核验',
    incomplete: '记录不完整',
  },
  outcome: {
    verified: '已验证',
    failed: '验证未通过',
    insufficient: '材料不足',
  },
  outcomeHint: {
    verified: '权利请求的答复期限自验证之日起算（隐私政策 4.6）',
    failed: '无法确认申请人身份，请注明理由',
    insufficient: '将建议发出补充材料函，并暂停计时直至申请人答复',
  },
  override: {
    'credit-code-check-character': '接受校验码不符的统一社会信用代码',
    'name-mismatch': '接受姓名不一致',
  },
  overrideReasonRequired: '请填写接受的理由',
  /** why `verified` is not available yet (shared/identity/evaluate.ts) */
  blocker: {
    'item-missing': '缺少：{item}',
    'item-failed': '未通过：{item}',
    'method-not-allowed': '{item}：核验方式“{method}”不适用',
    'evidence-missing': '{item}：未关联证明文件',
    'note-missing': '{item}：请在备注中记录核实内容',
    'resident-id-invalid': '{item}：身份证号校验未通过',
    'child-needs-guardian': '{item}：本人未满 14 周岁，应由监护人提出请求（隐私政策 7.1）',
    'credit-code-invalid': '统一社会信用代码无效',
    'credit-code-check-failed': '统一社会信用代码校验码不符，尚未注明接受理由',
    'name-mismatch': '姓名不一致，尚未注明接受理由',
  },
  /** fraud signals (shared/identity/fraudSignals.ts) */
  signal: {
    'id-number-on-other-requester': '同一身份证号已登记在其他 {count} 位申请人名下',
    'email-on-other-requester': '同一邮箱已登记在其他 {count} 位申请人名下',
    'account-differs-from-sender': '请求涉及的账户与来信邮箱不属于同一账户',
    'repeated-failed-checks': '该申请人已有 {count} 次身份验证未通过',
  },
} as const;
