import { requestTypeIds, type RequestType } from '../../domain/requestTypes';
import type { ParagraphStyle } from '../content';
import { DEFAULT_CLAUSES } from './defaultClauses';
import type { LetterKind, LetterTemplate, LetterTemplateSet, Regime, TemplateBlock } from './schema';

/**
 * The letters as shipped (version 2 of each: issue 13 put the routes of
 * complaint in every letter that does not grant, the GDPR's own articles in
 * refusals and access answers, and the period promise made from the rule); Settings may replace any of
 * them with a newer version. Every one opens and closes with library
 * clauses, so a change of the salutation or of the remedies is made once.
 */

type Bilingual = { zh: string; en: string };
type Part = { clause: string } | ({ style?: ParagraphStyle } & Bilingual);

function template(kind: LetterKind, requestTypes: readonly RequestType[], subject: Bilingual, parts: Part[], regime?: Regime): LetterTemplate {
  const blocks = (lang: 'zh' | 'en'): TemplateBlock[] =>
    [{ clause: 'salutation' }, ...parts].map((p) =>
      'clause' in p ? { type: 'clause', clause: p.clause } : { type: 'text', style: p.style ?? 'body', text: p[lang] },
    );
  return {
    kind,
    version: 2,
    requestTypes: [...requestTypes],
    ...(regime ? { regime } : {}),
    text: {
      'zh-CN': { subject: subject.zh, blocks: blocks('zh') },
      'en-US': { subject: subject.en, blocks: blocks('en') },
    },
  };
}

const RIGHTS: RequestType[] = requestTypeIds.filter((t) => t !== 'ip-notice' && t !== 'complaint' && t !== 'other');
const ALL: RequestType[] = [...requestTypeIds];
const REPLY_END: Part[] = [{ clause: 'remedies' }, { clause: 'contact' }, { clause: 'closing' }];

export const DEFAULT_TEMPLATES: LetterTemplate[] = [
  template('acknowledgement', ALL, { zh: '关于收到您请求的确认函', en: 'We have received your request' }, [
    {
      zh: '我们已于{{receivedDate}}收到您关于{{requestType}}的请求，案件编号为{{reference}}。请您在今后的来往函件中注明该编号。',
      en: 'We received your request concerning {{requestType}} on {{receivedDate}}. Its reference is {{reference}}; please quote it in any further correspondence.',
    },
    { clause: 'identity-verification' },
    { clause: 'response-time' },
    { clause: 'remedies' },
    { clause: 'contact' },
    { clause: 'closing-notice' },
  ]),

  template('information-request', ALL, { zh: '关于请您补充身份证明及相关材料的通知', en: 'Please send us further information' }, [
    {
      zh: '我们已于{{receivedDate}}收到您关于{{requestType}}的请求（案件编号：{{reference}}）。为保障您的个人信息安全，我们需要在核实您的身份后方可处理该请求（《昶联隐私政策》第4.6条、第10.2条）。请您补充提供以下材料：',
      en: 'We received your request concerning {{requestType}} on {{receivedDate}} (reference {{reference}}). To keep your personal information safe, we can only handle it once we have verified your identity (sections 4.6 and 10.2 of the Changlian Privacy Policy). Please send us the following:',
    },
    { style: 'item', zh: '{{requestedItems}}', en: '{{requestedItems}}' },
    {
      zh: '请于{{replyBy}}前将上述材料发送至{{companyEmail}}，或邮寄至{{companyAddress}}，并注明案件编号。答复期限自我们收到完整材料、核实您的身份之日起计算；逾期未收到材料的，我们可能无法处理您的请求并将结案。',
      en: 'Please send it by {{replyBy}} to {{companyEmail}}, or by post to {{companyAddress}}, quoting the reference. The time for our answer runs from the day we have everything we need and have verified your identity; if we do not hear from you by then, we may be unable to handle your request and will close it.',
    },
    { clause: 'remedies' },
    { clause: 'contact' },
    { clause: 'closing-notice' },
  ]),

  template('access-answer', ['access', 'copy', 'deceased-relative', 'minor'], { zh: '关于您查阅、复制个人信息请求的答复', en: 'Our answer to your request for access to your personal information' }, [
    {
      zh: '您于{{receivedDate}}提出的{{requestType}}请求（案件编号：{{reference}}）已处理完毕。根据{{legalBasis}}，处理结果为：{{outcome}}。具体如下：',
      en: 'We have dealt with your request of {{receivedDate}} concerning {{requestType}} (reference {{reference}}). Under {{legalBasis}}, the request is {{outcome}}, as follows:',
    },
    { zh: '{{responseDetails}}', en: '{{responseDetails}}' },
    {
      zh: '随函提供的个人信息仅供您本人使用，请妥善保管，避免泄露。',
      en: 'The personal information provided with this letter is for your own use; please keep it safe.',
    },
    { clause: 'access-information-intro' },
    { clause: 'access-information' },
    ...REPLY_END,
  ]),

  template('correction-done', ['correction'], { zh: '关于更正、补充您个人信息的答复', en: 'Your personal information has been corrected' }, [
    {
      zh: '您于{{receivedDate}}提出的{{requestType}}请求（案件编号：{{reference}}）已处理完毕。根据{{legalBasis}}，我们已对您的个人信息作如下更正、补充：',
      en: 'We have dealt with your request of {{receivedDate}} concerning {{requestType}} (reference {{reference}}). Under {{legalBasis}}, we have corrected or completed your personal information as follows:',
    },
    { zh: '{{responseDetails}}', en: '{{responseDetails}}' },
    { clause: 'recipients-informed' },
    ...REPLY_END,
  ]),

  template('deletion-done', ['deletion', 'minor', 'deceased-relative'], { zh: '关于删除您个人信息的答复', en: 'Your personal information has been deleted' }, [
    {
      zh: '您于{{receivedDate}}提出的{{requestType}}请求（案件编号：{{reference}}）已处理完毕。根据{{legalBasis}}，鉴于{{deletionGround}}，我们已删除您的下列个人信息：',
      en: 'We have dealt with your request of {{receivedDate}} concerning {{requestType}} (reference {{reference}}). Under {{legalBasis}}, because {{deletionGround}}, we have deleted the following personal information:',
    },
    { zh: '{{responseDetails}}', en: '{{responseDetails}}' },
    { zh: '已删除的信息无法恢复。', en: 'Deleted information cannot be restored.' },
    { clause: 'recipients-informed' },
    ...REPLY_END,
  ]),

  template('storage-only', ['deletion', 'account-cancellation', 'restriction'], { zh: '关于您删除个人信息请求的答复（停止除存储外的处理）', en: 'Our answer to your deletion request: processing restricted to storage' }, [
    {
      zh: '您于{{receivedDate}}提出的{{requestType}}请求（案件编号：{{reference}}）已处理完毕。经核查，{{retentionReason}}',
      en: 'We have dealt with your request of {{receivedDate}} concerning {{requestType}} (reference {{reference}}). Having looked into it: {{retentionReason}}',
    },
    { clause: 'storage-only-basis' },
    { clause: 'recipients-informed' },
    ...REPLY_END,
  ]),

  template('account-cancelled', ['account-cancellation'], { zh: '关于注销您昶联账户的答复', en: 'Your Changlian account has been closed' }, [
    {
      zh: '您于{{receivedDate}}提出的{{requestType}}请求（案件编号：{{reference}}）已处理完毕。根据{{legalBasis}}，您的昶联账户已于{{letterDate}}注销。',
      en: 'We have dealt with your request of {{receivedDate}} concerning {{requestType}} (reference {{reference}}). Under {{legalBasis}}, your Changlian account was closed on {{letterDate}}.',
    },
    {
      zh: '账户注销后，您将永久失去对该账户及账户中数据的访问权。我们已停止为您提供相应的产品或服务，并已删除您的个人信息或对其作匿名化处理，法律法规另有规定的除外（《昶联隐私政策》第4.1条）。',
      en: 'You have permanently lost access to the account and the data in it. We have stopped providing the products and services concerned and have deleted or anonymised your personal information, except where the law requires otherwise (section 4.1 of the Changlian Privacy Policy).',
    },
    ...REPLY_END,
  ]),

  template('consent-withdrawn', ['consent-withdrawal'], { zh: '关于您撤回同意的确认函', en: 'Your consent has been withdrawn' }, [
    {
      zh: '我们已于{{receivedDate}}收到您撤回同意的请求（案件编号：{{reference}}）。自{{letterDate}}起，我们已停止基于您的同意进行的下列处理：',
      en: 'We received your withdrawal of consent on {{receivedDate}} (reference {{reference}}). From {{letterDate}} we have stopped the following processing based on your consent:',
    },
    { zh: '{{responseDetails}}', en: '{{responseDetails}}' },
    { clause: 'consent-withdrawal-effect' },
    { clause: 'contact' },
    { clause: 'closing' },
  ]),

  template('portability-answer', ['portability'], { zh: '关于转移您个人信息请求的答复', en: 'Our answer to your request to transfer your personal information' }, [
    {
      zh: '您于{{receivedDate}}提出的将个人信息转移至{{recipientParty}}的请求（案件编号：{{reference}}）已处理完毕。根据{{legalBasis}}，处理结果为：{{outcome}}。具体如下：',
      en: 'We have dealt with your request of {{receivedDate}} to transfer your personal information to {{recipientParty}} (reference {{reference}}). Under {{legalBasis}}, the request is {{outcome}}, as follows:',
    },
    { zh: '{{responseDetails}}', en: '{{responseDetails}}' },
    ...REPLY_END,
  ]),

  template('explanation', ['explanation'], { zh: '关于我们个人信息处理规则的说明', en: 'How we process your personal information' }, [
    {
      zh: '您于{{receivedDate}}请求我们解释说明个人信息处理规则（案件编号：{{reference}}）。根据{{legalBasis}}，现说明如下：',
      en: 'On {{receivedDate}} you asked us to explain how we process personal information (reference {{reference}}). Under {{legalBasis}}, our explanation follows:',
    },
    { zh: '{{responseDetails}}', en: '{{responseDetails}}' },
    {
      zh: '我们的个人信息处理规则详见《昶联隐私政策》，您可以随时在{{companyWebsite}}首页尾部“关于我们”中查阅全文（《昶联隐私政策》第4.8.1条）。',
      en: 'Our rules are set out in full in the Changlian Privacy Policy, which you can read at any time under “About us” at the foot of the home page of {{companyWebsite}} (section 4.8.1 of the policy).',
    },
    ...REPLY_END,
  ]),

  template('refusal', RIGHTS, { zh: '关于您个人信息相关请求的答复（不予支持）', en: 'Our answer to your request: refused' }, [
    { clause: 'refusal-reasons' },
    { zh: '{{reasons}}', en: '{{reasons}}' },
    ...REPLY_END,
  ]),

  template(
    'extension-notice',
    RIGHTS,
    { zh: '关于延长答复期限的通知', en: 'We need more time to answer your request' },
    [
      {
        zh: '我们已于{{receivedDate}}收到您关于{{requestType}}的请求（案件编号：{{reference}}）。考虑到请求的复杂性和数量，根据《通用数据保护条例》第十二条第三款，我们需要将答复期限延长至{{extendedDueDate}}。原因如下：',
        en: 'We received your request concerning {{requestType}} on {{receivedDate}} (reference {{reference}}). Taking into account the complexity and number of requests, and as Article 12(3) GDPR allows, we need to extend the time for our answer to {{extendedDueDate}}, for the following reasons:',
      },
      { zh: '{{extensionReason}}', en: '{{extensionReason}}' },
      { clause: 'remedies' },
      { clause: 'contact' },
      { clause: 'closing-notice' },
    ],
    'gdpr',
  ),

  template('complaint-answer', ['complaint'], { zh: '关于您投诉举报的答复', en: 'Our answer to your complaint' }, [
    {
      zh: '您于{{receivedDate}}提出的投诉举报（案件编号：{{reference}}）已收悉。根据{{legalBasis}}，我们在核实您的身份后对所涉问题进行了审核，结果如下：',
      en: 'We received your complaint of {{receivedDate}} (reference {{reference}}). Under {{legalBasis}}, we have verified your identity and looked into the matter; our findings are as follows:',
    },
    { zh: '{{findings}}', en: '{{findings}}' },
    ...REPLY_END,
  ]),

  template('ip-notice-answer', ['ip-notice'], { zh: '关于您知识产权权利通知的答复', en: 'Our answer to your notice of intellectual property infringement' }, [
    {
      zh: '我们已于{{receivedDate}}收到您提交的知识产权权利通知（案件编号：{{reference}}）。根据{{legalBasis}}，我们对通知所涉内容进行了审查，处理结果如下：',
      en: 'We received your notice of intellectual property infringement on {{receivedDate}} (reference {{reference}}). Under {{legalBasis}}, we have reviewed the content concerned; the outcome is as follows:',
    },
    { zh: '{{findings}}', en: '{{findings}}' },
    {
      zh: '如您对处理结果有异议或者有新的证据，请发送至{{companyEmail}}，我们将依法及时处理。',
      en: 'If you disagree with the outcome or have further evidence, please send it to {{companyEmail}} and we will deal with it promptly, as the law requires.',
    },
    { clause: 'contact' },
    { clause: 'closing' },
  ]),
];

export const DEFAULT_TEMPLATE_SET: LetterTemplateSet = { version: 2, templates: DEFAULT_TEMPLATES, clauses: DEFAULT_CLAUSES };
