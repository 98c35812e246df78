import { z } from 'zod';

const bothLanguages = z.object({ 'zh-CN': z.string().min(1).max(500), 'en-US': z.string().min(1).max(500) });
/** a text a letter prints only when it is set (the EU representative, the DPO) */
const optionalBothLanguages = z.object({ 'zh-CN': z.string().trim().max(500), 'en-US': z.string().trim().max(500) });
const longBothLanguages = z.object({ 'zh-CN': z.string().min(1).max(3000), 'en-US': z.string().min(1).max(3000) });

/**
 * GDPR Art. 15(1)(a)–(h) and 15(2): what an access answer must tell the
 * requester besides the copy. The texts depend on the company's processing,
 * so a manager maintains them in Settings; (e) and (f), the rights and the
 * complaint, are the law's own and printed by the template.
 */
export const accessInformationSchema = z.object({
  /** (a) the purposes of the processing */
  purposes: longBothLanguages,
  /** (b) the categories of personal data concerned */
  categories: longBothLanguages,
  /** (c) the recipients or categories of recipient, in particular in third countries */
  recipients: longBothLanguages,
  /** (d) how long the data are stored, or the criteria for that period */
  retention: longBothLanguages,
  /** (g) where the data were not collected from the data subject, their source */
  source: longBothLanguages,
  /** (h) automated decision-making, including profiling (Art. 22) */
  automatedDecisions: longBothLanguages,
  /** Art. 15(2): the safeguards for the transfer to a third country (China), Art. 46 */
  transferSafeguards: longBothLanguages,
});
export type AccessInformation = z.infer<typeof accessInformationSchema>;

/** The privacy policy's own answers (sections 1, 3, 5.5, 9.4), for a manager to correct. */
export const DEFAULT_ACCESS_INFORMATION: AccessInformation = {
  purposes: {
    'zh-CN': '为您注册、登录和管理昶联账户并提供技术服务，联系您解决问题，改进服务质量，保障账户和服务安全，履行法定义务（《昶联隐私政策》第一条）；法律依据为履行与您的合同、我们的合法利益、您的同意或法定义务（第9.4条）。',
    'en-US': 'To register, sign you in to and manage your Changlian account and provide our technical services, to contact you to resolve problems, to improve our services, to keep accounts and services secure, and to meet legal obligations (section 1 of the Changlian Privacy Policy); the legal bases are the performance of our contract with you, our legitimate interests, your consent or a legal obligation (section 9.4).',
  },
  categories: {
    'zh-CN': '账户信息（名称、电子邮箱、密码）、企业信息、日志及设备信息（设备型号、操作系统版本、设备识别符、IP地址）、咨询和排障记录。',
    'en-US': 'Account information (name, e-mail address, password), business information, log and device information (device model, operating system version, device identifiers, IP address), and support and troubleshooting records.',
  },
  recipients: {
    'zh-CN': '我们的关联公司及为提供服务所必需的业务合作伙伴；依法要求时，行政、司法机关（《昶联隐私政策》第3.1条）。上述接收方位于中华人民共和国境内。',
    'en-US': 'Our affiliates and the business partners needed to provide the service; administrative and judicial authorities where the law requires (section 3.1 of the Changlian Privacy Policy). These recipients are in the People’s Republic of China.',
  },
  retention: {
    'zh-CN': '以实现处理目的所必需的最短时间为限；注销账户后，依法律规定的最短期限保存，争议解决和身份、交易信息至少保存3年，期满后删除或匿名化（《昶联隐私政策》第5.5.1条）。',
    'en-US': 'For the shortest time needed for the purposes; after an account is closed, for the minimum period the law requires, at least three years for dispute resolution and identity and transaction records, then deleted or anonymised (section 5.5.1 of the Changlian Privacy Policy).',
  },
  source: {
    'zh-CN': '除您本人提供和使用服务产生的信息外，我们可能在您授权范围内从合作方获取信息，或从公开途径获取您企业已公示的经营信息（《昶联隐私政策》第1.4条）。',
    'en-US': 'Besides what you gave us and what your use of the service produced, we may obtain information from partners within your authorisation, or your business’s published trading information from public sources (section 1.4 of the Changlian Privacy Policy).',
  },
  automatedDecisions: {
    'zh-CN': '我们不对您作出仅基于自动化处理（包括用户画像）且对您产生法律效力或类似重大影响的决定。',
    'en-US': 'We do not take decisions about you based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.',
  },
  transferSafeguards: {
    'zh-CN': '您的个人信息存储在中华人民共和国境内（《昶联隐私政策》第5.5.2条）。向中国传输所依据的适当保障措施为欧盟委员会标准合同条款（《通用数据保护条例》第四十六条第二款（c）项）；如需副本，请与我们联系。',
    'en-US': 'Your personal data are stored in the People’s Republic of China (section 5.5.2 of the Changlian Privacy Policy). The transfer to China relies on the European Commission’s standard contractual clauses as the appropriate safeguard (Article 46(2)(c) GDPR); you may ask us for a copy.',
  },
};

/**
 * The company as it appears on every letter: letterhead, remedies, contact.
 * Editable in Settings; the defaults are the privacy policy's own words
 * (policy 引言 and 10.1 for name and address, 4.5/4.7.1 for the mailbox,
 * 4.1 for the hotline, 10.2 for the court that hears disputes).
 */
export const companyDetailsSchema = z.object({
  name: bothLanguages,
  address: bothLanguages,
  email: z.string().min(3).max(320),
  hotline: z.string().min(3).max(40),
  website: z.string().max(200),
  /** policy 10.2: the court where a requester may sue */
  court: bothLanguages,
  /** PIPL 65: where a complaint about processing of personal information goes */
  regulator: bothLanguages,
  /** PIPL 65: how a complaint or report reaches the regulator (the CAC's reporting centre, 12377) */
  regulatorChannel: bothLanguages.default({
    'zh-CN': '国家互联网信息办公室违法和不良信息举报中心（网站 www.12377.cn，电话 12377）',
    'en-US': 'the Illegal and Harmful Information Reporting Centre of the Cyberspace Administration of China (www.12377.cn, telephone 12377)',
  }),
  /** a number that can be dialled from abroad (a 400 number cannot); printed for EEA requesters */
  internationalPhone: z.string().trim().max(40).default(''),
  /** GDPR Art. 27: the representative in the Union, name and address; printed where set */
  euRepresentative: optionalBothLanguages.default({ 'zh-CN': '', 'en-US': '' }),
  /** GDPR Art. 37–39: the data protection officer's contact; printed where set */
  dpo: optionalBothLanguages.default({ 'zh-CN': '', 'en-US': '' }),
  /** GDPR Art. 15(1)–(2) texts for the access answer */
  accessInformation: accessInformationSchema.default(DEFAULT_ACCESS_INFORMATION),
  /** the place printed with the signature (signature dictionary /Location) */
  signingLocation: bothLanguages,
});
export type CompanyDetails = z.infer<typeof companyDetailsSchema>;

export const DEFAULT_COMPANY_DETAILS: CompanyDetails = {
  name: { 'zh-CN': '宁波昶联软件有限公司', 'en-US': 'Ningbo Changlian Software Co., Ltd.' },
  address: {
    'zh-CN': '浙江省宁波市鄞州区邱隘镇沈家村晨源大楼8-02-146室',
    'en-US': 'Room 8-02-146, Chenyuan Building, Shenjia Village, Qiuai Town, Yinzhou District, Ningbo, Zhejiang, China',
  },
  email: 'legal@solutioncl.com',
  hotline: '400-7800-900',
  website: 'www.solutioncl.com',
  court: { 'zh-CN': '宁波市鄞州区人民法院', 'en-US': 'the People’s Court of Yinzhou District, Ningbo' },
  regulator: {
    'zh-CN': '国家网信部门和其他履行个人信息保护职责的部门',
    'en-US': 'the Cyberspace Administration of China and the other departments responsible for personal information protection',
  },
  regulatorChannel: {
    'zh-CN': '国家互联网信息办公室违法和不良信息举报中心（网站 www.12377.cn，电话 12377）',
    'en-US': 'the Illegal and Harmful Information Reporting Centre of the Cyberspace Administration of China (www.12377.cn, telephone 12377)',
  },
  internationalPhone: '',
  euRepresentative: { 'zh-CN': '', 'en-US': '' },
  dpo: { 'zh-CN': '', 'en-US': '' },
  accessInformation: DEFAULT_ACCESS_INFORMATION,
  signingLocation: { 'zh-CN': '浙江宁波', 'en-US': 'Ningbo, Zhejiang, China' },
};
