import type { DeletionGround, Outcome, RequestType } from '../../domain/requestTypes';
import type { LetterLanguage } from '../content';
import type { Regime } from './schema';

/**
 * How a letter words the case's fixed values. These read inside a sentence
 * (您于…提出的{{requestType}}请求 / your request concerning {{requestType}}),
 * so they are not the interface's labels.
 */
type Phrase = Record<LetterLanguage, string>;

export const requestTypePhrases: Record<RequestType, Phrase> = {
  access: { 'zh-CN': '查阅个人信息', 'en-US': 'access to your personal information' },
  copy: { 'zh-CN': '复制个人信息（获取副本）', 'en-US': 'a copy of your personal information' },
  portability: { 'zh-CN': '将个人信息转移至指定的个人信息处理者', 'en-US': 'the transfer of your personal information to another provider' },
  correction: { 'zh-CN': '更正、补充个人信息', 'en-US': 'the correction of your personal information' },
  deletion: { 'zh-CN': '删除个人信息', 'en-US': 'the deletion of your personal information' },
  'account-cancellation': { 'zh-CN': '注销账户', 'en-US': 'the closure of your account' },
  'consent-withdrawal': { 'zh-CN': '撤回同意', 'en-US': 'the withdrawal of your consent' },
  explanation: { 'zh-CN': '解释说明个人信息处理规则', 'en-US': 'an explanation of how we process personal information' },
  'deceased-relative': { 'zh-CN': '对已故近亲属的个人信息行使权利', 'en-US': 'the personal information of your deceased relative' },
  minor: { 'zh-CN': '处理不满十四周岁儿童的个人信息', 'en-US': 'the personal information of a child under 14' },
  complaint: { 'zh-CN': '投诉举报', 'en-US': 'your complaint' },
  'ip-notice': { 'zh-CN': '知识产权权利通知', 'en-US': 'your notice of intellectual property infringement' },
  restriction: { 'zh-CN': '限制或者拒绝处理个人信息', 'en-US': 'the restriction of, or objection to, the processing of your personal information' },
  other: { 'zh-CN': '个人信息相关事项', 'en-US': 'your personal information' },
};

export const outcomePhrases: Record<Outcome, Phrase> = {
  granted: { 'zh-CN': '予以支持', 'en-US': 'granted' },
  'partly-granted': { 'zh-CN': '部分予以支持', 'en-US': 'partly granted' },
  refused: { 'zh-CN': '不予支持', 'en-US': 'refused' },
  'storage-only': { 'zh-CN': '停止除存储和必要的安全保护措施之外的处理', 'en-US': 'processing restricted to storage and necessary security measures' },
  withdrawn: { 'zh-CN': '您已撤回请求', 'en-US': 'withdrawn by you' },
  'closed-unanswered': { 'zh-CN': '因未收到您的补充材料而结案', 'en-US': 'closed because we did not receive the information we asked for' },
};

/** PIPL 47 para. 1 items (1)–(5); for an EEA requester the matching GDPR Art. 17(1) ground. */
export const deletionGroundPhrases: Record<Regime, Record<DeletionGround, Phrase>> = {
  pipl: {
    'purpose-achieved': {
      'zh-CN': '处理目的已实现、无法实现或者为实现处理目的不再必要（个人信息保护法第四十七条第一款第（一）项）',
      'en-US': 'the purpose of the processing has been achieved or cannot be achieved, or the information is no longer necessary for it (PIPL Article 47(1)(i))',
    },
    'service-ended': {
      'zh-CN': '我们已停止提供相关产品或者服务，或者保存期限已届满（个人信息保护法第四十七条第一款第（二）项）',
      'en-US': 'we have stopped providing the product or service concerned, or the retention period has expired (PIPL Article 47(1)(ii))',
    },
    'consent-withdrawn': {
      'zh-CN': '您已撤回同意（个人信息保护法第四十七条第一款第（三）项）',
      'en-US': 'you have withdrawn your consent (PIPL Article 47(1)(iii))',
    },
    'unlawful-processing': {
      'zh-CN': '相关处理违反法律、行政法规或者违反约定（个人信息保护法第四十七条第一款第（四）项）',
      'en-US': 'the processing violated laws or administrative regulations, or our agreement (PIPL Article 47(1)(iv))',
    },
    'other-legal': {
      'zh-CN': '属于法律、行政法规规定的其他应当删除的情形（个人信息保护法第四十七条第一款第（五）项）',
      'en-US': 'deletion is required in another case provided by laws or administrative regulations (PIPL Article 47(1)(v))',
    },
  },
  gdpr: {
    'purpose-achieved': {
      'zh-CN': '相关个人信息对于收集或者处理的目的已不再必要（《通用数据保护条例》第十七条第一款（a）项）',
      'en-US': 'the personal data are no longer necessary for the purposes for which they were collected or processed (Article 17(1)(a) GDPR)',
    },
    'service-ended': {
      'zh-CN': '我们已停止提供相关服务，相关个人信息对于原处理目的已不再必要（《通用数据保护条例》第十七条第一款（a）项）',
      'en-US': 'we no longer provide the service concerned, so the personal data are no longer necessary for their purposes (Article 17(1)(a) GDPR)',
    },
    'consent-withdrawn': {
      'zh-CN': '您已撤回同意，且不存在其他处理的法律依据（《通用数据保护条例》第十七条第一款（b）项）',
      'en-US': 'you have withdrawn your consent and there is no other legal ground for the processing (Article 17(1)(b) GDPR)',
    },
    'unlawful-processing': {
      'zh-CN': '相关个人信息未被合法处理（《通用数据保护条例》第十七条第一款（d）项）',
      'en-US': 'the personal data have been unlawfully processed (Article 17(1)(d) GDPR)',
    },
    'other-legal': {
      'zh-CN': '为履行法律义务必须删除（《通用数据保护条例》第十七条第一款（e）项）',
      'en-US': 'the personal data have to be erased for compliance with a legal obligation (Article 17(1)(e) GDPR)',
    },
  },
};

/** The provisions a request rests on (domain/requestTypes.ts cites the same), as a letter cites them. */
export const legalBasisPhrases: Record<Regime, Record<RequestType, Phrase>> = {
  pipl: {
    access: { 'zh-CN': '《中华人民共和国个人信息保护法》第四十五条及《昶联隐私政策》第4.1条', 'en-US': 'Article 45 of the Personal Information Protection Law (PIPL) and section 4.1 of the Changlian Privacy Policy' },
    copy: { 'zh-CN': '《中华人民共和国个人信息保护法》第四十五条及《昶联隐私政策》第4.5条', 'en-US': 'Article 45 PIPL and section 4.5 of the Changlian Privacy Policy' },
    portability: { 'zh-CN': '《中华人民共和国个人信息保护法》第四十五条第三款及《昶联隐私政策》第4.5条', 'en-US': 'Article 45(3) PIPL and section 4.5 of the Changlian Privacy Policy' },
    correction: { 'zh-CN': '《中华人民共和国个人信息保护法》第四十六条及《昶联隐私政策》第4.1条、第4.3条', 'en-US': 'Article 46 PIPL and sections 4.1 and 4.3 of the Changlian Privacy Policy' },
    deletion: { 'zh-CN': '《中华人民共和国个人信息保护法》第四十七条及《昶联隐私政策》第4.1条、第4.3条', 'en-US': 'Article 47 PIPL and sections 4.1 and 4.3 of the Changlian Privacy Policy' },
    'account-cancellation': { 'zh-CN': '《昶联隐私政策》第4.1条', 'en-US': 'section 4.1 of the Changlian Privacy Policy' },
    'consent-withdrawal': { 'zh-CN': '《中华人民共和国个人信息保护法》第十五条及《昶联隐私政策》第4.2条', 'en-US': 'Article 15 PIPL and section 4.2 of the Changlian Privacy Policy' },
    explanation: { 'zh-CN': '《中华人民共和国个人信息保护法》第四十八条', 'en-US': 'Article 48 PIPL' },
    'deceased-relative': { 'zh-CN': '《中华人民共和国个人信息保护法》第四十九条', 'en-US': 'Article 49 PIPL' },
    minor: { 'zh-CN': '《中华人民共和国个人信息保护法》第三十一条及《昶联隐私政策》第七条', 'en-US': 'Article 31 PIPL and section 7 of the Changlian Privacy Policy' },
    complaint: { 'zh-CN': '《昶联隐私政策》第4.7条', 'en-US': 'section 4.7 of the Changlian Privacy Policy' },
    'ip-notice': { 'zh-CN': '《昶联法律声明》第三条', 'en-US': 'section 3 of the Changlian Legal Notice' },
    restriction: { 'zh-CN': '《中华人民共和国个人信息保护法》第四十四条', 'en-US': 'Article 44 PIPL' },
    other: { 'zh-CN': '《昶联隐私政策》', 'en-US': 'the Changlian Privacy Policy' },
  },
  gdpr: {
    access: { 'zh-CN': '《通用数据保护条例》第十五条', 'en-US': 'Article 15 of the General Data Protection Regulation (GDPR)' },
    copy: { 'zh-CN': '《通用数据保护条例》第十五条第三款', 'en-US': 'Article 15(3) GDPR' },
    portability: { 'zh-CN': '《通用数据保护条例》第二十条', 'en-US': 'Article 20 GDPR' },
    correction: { 'zh-CN': '《通用数据保护条例》第十六条', 'en-US': 'Article 16 GDPR' },
    deletion: { 'zh-CN': '《通用数据保护条例》第十七条', 'en-US': 'Article 17 GDPR' },
    'account-cancellation': { 'zh-CN': '《通用数据保护条例》第十七条及《昶联隐私政策》第4.1条', 'en-US': 'Article 17 GDPR and section 4.1 of the Changlian Privacy Policy' },
    'consent-withdrawal': { 'zh-CN': '《通用数据保护条例》第七条第三款', 'en-US': 'Article 7(3) GDPR' },
    explanation: { 'zh-CN': '《通用数据保护条例》第十二条至第十五条', 'en-US': 'Articles 12 to 15 GDPR' },
    'deceased-relative': { 'zh-CN': '适用的成员国法律', 'en-US': 'the applicable Member State law' },
    minor: { 'zh-CN': '《通用数据保护条例》第八条', 'en-US': 'Article 8 GDPR' },
    complaint: { 'zh-CN': '《通用数据保护条例》第十二条', 'en-US': 'Article 12 GDPR' },
    'ip-notice': { 'zh-CN': '《昶联法律声明》第三条', 'en-US': 'section 3 of the Changlian Legal Notice' },
    restriction: { 'zh-CN': '《通用数据保护条例》第十八条、第二十一条', 'en-US': 'Articles 18 and 21 GDPR' },
    other: { 'zh-CN': '《通用数据保护条例》', 'en-US': 'the GDPR' },
  },
};
