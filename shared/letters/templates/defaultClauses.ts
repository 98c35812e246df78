import type { ClauseLibrary } from './schema';

/**
 * The reusable paragraphs, each in a PIPL and a GDPR variant where the law
 * differs. A template names a clause; merging picks the variant for the
 * case's regime (and request type, where a variant names one).
 */
export const DEFAULT_CLAUSES: ClauseLibrary = {
  version: 2,
  clauses: [
    {
      id: 'salutation',
      variants: [{ style: 'salutation', text: { 'zh-CN': '尊敬的{{requesterName}}：', 'en-US': 'Dear {{requesterName}},' } }],
    },
    {
      id: 'identity-verification',
      variants: [
        {
          regime: 'pipl',
          style: 'body',
          text: {
            'zh-CN': '为保障您的个人信息安全，我们将在核实您的身份后处理您的请求（《昶联隐私政策》第4.6条、第10.2条）。如需补充身份证明或其他材料，我们会另行书面通知您。',
            'en-US': 'To keep your personal information safe, we will handle your request once we have verified your identity (sections 4.6 and 10.2 of the Changlian Privacy Policy). If we need identity documents or further information, we will write to you separately.',
          },
        },
        {
          regime: 'gdpr',
          style: 'body',
          text: {
            'zh-CN': '如我们对您的身份存在合理怀疑，可能会请您提供确认身份所必需的补充信息（《通用数据保护条例》第十二条第六款），所要求的信息将以必要为限。',
            'en-US': 'Where we have reasonable doubts about your identity, we may ask you for the additional information necessary to confirm it (Article 12(6) GDPR); we will only ask for what is proportionate.',
          },
        },
      ],
    },
    {
      // issue 13: the promise is made from the rule in force, its date and the clause that says it (period.ts)
      id: 'response-time',
      variants: [
        {
          regime: 'pipl',
          style: 'body',
          text: { 'zh-CN': '{{responsePeriod}}。', 'en-US': '{{responsePeriod}}.' },
        },
        {
          regime: 'gdpr',
          style: 'body',
          text: {
            'zh-CN': '{{responsePeriod}}。考虑到请求的复杂性和数量，必要时该期限可再延长两个月，届时我们将在第一个月内告知您延期及其原因（《通用数据保护条例》第十二条第三款）。',
            'en-US': '{{responsePeriod}}. Where necessary, taking into account the complexity and number of requests, this period may be extended by two further months; we would tell you so, with the reasons, within the first month (Article 12(3) GDPR).',
          },
        },
      ],
    },
    {
      // PIPL 65 (the regulator, with its reporting channel); PIPL 50(2): any competent people's court; policy 10.2 as a further forum.
      // GDPR 12(4): whenever we do not act, the supervisory authority and the courts; 77, 79(2); policy 10.3.
      id: 'remedies',
      variants: [
        {
          regime: 'pipl',
          style: 'body',
          text: {
            'zh-CN':
              '如您对本函或我们对您请求的处理有异议，可以与我们联系；您也有权向{{regulator}}投诉、举报（《中华人民共和国个人信息保护法》第六十五条），举报渠道为{{regulatorChannel}}。我们拒绝您行使权利的请求的，您可以依法向有管辖权的人民法院提起诉讼（《中华人民共和国个人信息保护法》第五十条第二款）；根据《昶联隐私政策》第10.2条，您也可以向{{court}}提起诉讼。',
            'en-US':
              'If you disagree with this letter or with how we are handling your request, please contact us. You also have the right to complain to or report to {{regulator}} (Article 65 PIPL), through {{regulatorChannel}}. Where we refuse a request to exercise your rights, you may bring proceedings before any competent people’s court (Article 50(2) PIPL); under section 10.2 of the Changlian Privacy Policy you may also bring them before {{court}}.',
          },
        },
        {
          regime: 'gdpr',
          style: 'body',
          text: {
            'zh-CN':
              '如您对本函或我们对您请求的处理有异议，可以与我们联系。我们未就您的请求采取行动的，您有权向数据保护监管机构投诉，特别是您惯常居所地、工作地或者涉嫌违法行为发生地所在成员国的监管机构，并有权寻求司法救济（《通用数据保护条例》第十二条第四款、第七十七条），包括向您惯常居所地成员国有管辖权的法院起诉（第七十九条第二款；《昶联隐私政策》第10.3条）；您也可以向{{court}}提起诉讼（《昶联隐私政策》第10.2条）。{{euContacts}}',
            'en-US':
              'If you disagree with this letter or with how we are handling your request, please contact us. Where we do not take action on your request, you have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement, and to seek a judicial remedy (Articles 12(4) and 77 GDPR), including before the competent courts of the Member State where you habitually reside (Article 79(2) GDPR; section 10.3 of the Changlian Privacy Policy); you may also bring proceedings before {{court}} (section 10.2).{{euContacts}}',
          },
        },
      ],
    },
    {
      // an EEA requester gets a number dialable from abroad, or none (a 400 number is not)
      id: 'contact',
      variants: [
        {
          style: 'body',
          text: {
            'zh-CN': '如有疑问，请{{contactChannels}}与我们联系，并注明案件编号{{reference}}。',
            'en-US': 'If you have any questions, please {{contactChannels}}, quoting the reference {{reference}}.',
          },
        },
      ],
    },
    {
      // PIPL 50: a refusal states its reasons; GDPR 12(4): the reasons for not taking action
      id: 'refusal-reasons',
      variants: [
        {
          regime: 'pipl',
          style: 'body',
          text: {
            'zh-CN': '您于{{receivedDate}}提出的{{requestType}}请求（案件编号：{{reference}}），经审查，我们决定不予支持。根据《中华人民共和国个人信息保护法》第五十条，现将理由说明如下：',
            'en-US': 'We have considered your request of {{receivedDate}} concerning {{requestType}} (reference {{reference}}) and have decided to refuse it. The law requires us to give our reasons (Article 50 PIPL), which are as follows:',
          },
        },
        {
          regime: 'gdpr',
          style: 'body',
          text: {
            'zh-CN': '您于{{receivedDate}}提出的{{requestType}}请求（案件编号：{{reference}}），经审查，我们决定不就该请求采取行动。根据《通用数据保护条例》第十二条第四款，现将理由说明如下：',
            'en-US': 'We have considered your request of {{receivedDate}} concerning {{requestType}} (reference {{reference}}) and have decided not to take action on it. Article 12(4) GDPR requires us to tell you our reasons, which are as follows:',
          },
        },
      ],
    },
    {
      // GDPR 15(1)(a)–(h) and 15(2): told with every access answer, from Settings
      id: 'access-information-intro',
      variants: [
        {
          regime: 'gdpr',
          style: 'body',
          text: {
            'zh-CN': '根据《通用数据保护条例》第十五条第一款、第二款，我们还告知您以下信息：',
            'en-US': 'As Article 15(1) and (2) GDPR require, we also tell you the following:',
          },
        },
      ],
    },
    {
      id: 'access-information',
      variants: [{ regime: 'gdpr', style: 'item', text: { 'zh-CN': '{{accessInformation}}', 'en-US': '{{accessInformation}}' } }],
    },
    {
      id: 'recipients-informed',
      variants: [
        {
          regime: 'gdpr',
          requestTypes: ['correction', 'deletion', 'restriction'],
          style: 'body',
          text: {
            'zh-CN': '对于曾经接收相关个人信息的接收方，我们已告知其本次处理结果，但证明无法做到或者需付出不成比例的努力的除外；如您需要，我们可以告知您这些接收方（《通用数据保护条例》第十九条）。',
            'en-US': 'We have told each recipient to whom the personal data were disclosed about this, unless that proved impossible or would involve disproportionate effort; on request we will tell you who those recipients are (Article 19 GDPR).',
          },
        },
      ],
    },
    {
      id: 'consent-withdrawal-effect',
      variants: [
        {
          regime: 'pipl',
          style: 'body',
          text: {
            'zh-CN': '根据《中华人民共和国个人信息保护法》第十五条及《昶联隐私政策》第4.2条，撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力；撤回后，我们将无法继续为您提供该同意所对应的服务。',
            'en-US': 'Under Article 15 PIPL and section 4.2 of the Changlian Privacy Policy, withdrawing consent does not affect processing carried out on the basis of your consent before the withdrawal; we can no longer provide the services that depend on that consent.',
          },
        },
        {
          regime: 'gdpr',
          style: 'body',
          text: {
            'zh-CN': '根据《通用数据保护条例》第七条第三款，撤回同意不影响撤回前基于同意进行的处理的合法性；撤回后，我们将无法继续为您提供该同意所对应的服务。',
            'en-US': 'Under Article 7(3) GDPR, the withdrawal does not affect the lawfulness of processing based on consent before its withdrawal; we can no longer provide the services that depend on that consent.',
          },
        },
      ],
    },
    {
      id: 'storage-only-basis',
      variants: [
        {
          regime: 'pipl',
          style: 'body',
          text: {
            'zh-CN': '根据《中华人民共和国个人信息保护法》第四十七条第二款，法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现的，个人信息处理者应当停止除存储和采取必要的安全保护措施之外的处理。我们已对上述信息采取该措施；保存期限届满或者删除在技术上可以实现时，我们将及时删除，无需您再次提出请求。',
            'en-US': 'Under Article 47(2) PIPL, where a retention period required by law has not expired, or deletion is technically infeasible, a processor must stop all processing other than storage and necessary security measures. We have done so for this information, and will delete it as soon as the retention period ends or deletion becomes feasible, without your having to ask again.',
          },
        },
        {
          regime: 'gdpr',
          style: 'body',
          text: {
            'zh-CN': '根据《通用数据保护条例》第十七条第三款，上述信息目前不能删除；我们已依据第十八条限制对其的处理，除存储外不再处理。保存义务终止后，我们将及时删除，无需您再次提出请求。',
            'en-US': 'Under Article 17(3) GDPR this information cannot be erased yet; we have restricted its processing under Article 18 GDPR, so that apart from storage it is no longer processed. We will erase it as soon as the obligation to keep it ends, without your having to ask again.',
          },
        },
      ],
    },
    {
      // a reply (函复) closes so; a notice of our own (函告) the next one
      id: 'closing',
      variants: [{ style: 'body', text: { 'zh-CN': '特此函复。', 'en-US': 'Yours sincerely,' } }],
    },
    {
      id: 'closing-notice',
      variants: [{ style: 'body', text: { 'zh-CN': '特此函告。', 'en-US': 'Yours sincerely,' } }],
    },
  ],
};
