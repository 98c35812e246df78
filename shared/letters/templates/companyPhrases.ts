import type { CompanyDetails } from '../company';
import type { LetterLanguage } from '../content';
import type { Regime } from './schema';

/**
 * Sentences a letter makes from the company details in Settings, where what
 * is printed depends on what is set (issue 13): an EEA requester cannot dial
 * a 400 number, and the EU representative and the DPO are named only when
 * the company has them.
 */

/** 发送电子邮件至…或拨打… / write to … or call … */
export function contactChannels(company: CompanyDetails, regime: Regime, language: LetterLanguage): string {
  const phone = regime === 'gdpr' ? company.internationalPhone.trim() : company.hotline;
  if (language === 'zh-CN') {
    if (!phone) return `发送电子邮件至${company.email}`;
    return `发送电子邮件至${company.email}或拨打${regime === 'gdpr' ? '电话' : '客服热线'}${phone}`;
  }
  if (!phone) return `write to ${company.email}`;
  return `write to ${company.email} or call ${regime === 'gdpr' ? '' : 'our hotline '}${phone}`;
}

/** GDPR Art. 27 and 38(4): whom an EEA requester may also turn to; empty when Settings names neither. */
export function euContacts(company: CompanyDetails, language: LetterLanguage): string {
  const rep = company.euRepresentative[language].trim();
  const dpo = company.dpo[language].trim();
  const zh = language === 'zh-CN';
  const out: string[] = [];
  if (rep) out.push(zh ? `我们在欧盟的代表（《通用数据保护条例》第二十七条）为${rep}，您也可以就本事项与其联系。` : `Our representative in the Union (Article 27 GDPR) is ${rep}; you may also address them on this matter.`);
  if (dpo) out.push(zh ? `您可以通过${dpo}联系我们的数据保护官（《通用数据保护条例》第三十八条第四款）。` : `You can contact our data protection officer at ${dpo} (Article 38(4) GDPR).`);
  return out.length === 0 ? '' : (zh ? '' : ' ') + out.join(zh ? '' : ' ');
}

/** GDPR Art. 15(1)(a)–(h) and 15(2), one line each; (e) and (f) are the law's own words. */
export function accessInformationLines(company: CompanyDetails, language: LetterLanguage): string[] {
  const a = company.accessInformation;
  if (language === 'zh-CN') {
    return [
      `（一）处理目的：${a.purposes['zh-CN']}`,
      `（二）个人数据的类别：${a.categories['zh-CN']}`,
      `（三）接收方或接收方类别：${a.recipients['zh-CN']}`,
      `（四）存储期限：${a.retention['zh-CN']}`,
      '（五）您有权要求我们更正、删除您的个人数据或限制对其的处理，并有权反对该处理（《通用数据保护条例》第十六条至第十八条、第二十一条）。',
      '（六）您有权向监管机构投诉（《通用数据保护条例》第七十七条）。',
      `（七）数据来源：${a.source['zh-CN']}`,
      `（八）自动化决策：${a.automatedDecisions['zh-CN']}`,
      `（九）向第三国传输的保障措施（第十五条第二款）：${a.transferSafeguards['zh-CN']}`,
    ];
  }
  return [
    `(a) Purposes of the processing: ${a.purposes['en-US']}`,
    `(b) Categories of personal data: ${a.categories['en-US']}`,
    `(c) Recipients or categories of recipient: ${a.recipients['en-US']}`,
    `(d) Storage period: ${a.retention['en-US']}`,
    '(e) You have the right to ask us to rectify or erase your personal data or to restrict its processing, and to object to the processing (Articles 16 to 18 and 21 GDPR).',
    '(f) You have the right to lodge a complaint with a supervisory authority (Article 77 GDPR).',
    `(g) Source of the data: ${a.source['en-US']}`,
    `(h) Automated decision-making: ${a.automatedDecisions['en-US']}`,
    `Safeguards for the transfer to a third country (Article 15(2) GDPR): ${a.transferSafeguards['en-US']}`,
  ];
}
