import type { Incident } from '../../domain/incident';
import { DRAFT_DEFINITIONS, type DraftElementId } from './elements';
import { categoriesText } from './format';
import { placeholder } from './sections';

/**
 * 短信签名: a mainland SMS must open with the sender's registered signature
 * in 【】, and it is part of what the carrier counts and bills. The policy
 * calls the company 昶联 throughout.
 */
export const SMS_SIGNATURE = '【昶联】';

function inlinePlaceholder(element: DraftElementId): string {
  const label = DRAFT_DEFINITIONS.sms.inline?.find((i) => i.element === element)?.label ?? element;
  return placeholder('zh-CN', label);
}

/** One line to reach the company by: the telephone number first (an SMS reader calls), else the email address. */
function smsContact(incident: Incident): string | undefined {
  const phone = incident.contact.phone.trim();
  const email = incident.contact.email.trim();
  if (phone) return `致电${phone}`;
  if (email) return `发送邮件至${email}`;
  return undefined;
}

/**
 * The SMS notice: what was affected, what to do, whom to contact (see
 * elements.ts for why an SMS carries only these). Its length and cost are
 * shown beside it (sms.ts); every character counts, so it stays plain.
 */
export function generateSmsNotice(incident: Incident): string {
  const categories = categoriesText(incident, 'zh-CN') ?? inlinePlaceholder('categories');
  const advice = incident.adviceToIndividuals.trim().replace(/\s*\n\s*/g, '') || inlinePlaceholder('advice');
  const contact = smsContact(incident);
  const adviceSentence = /[。！？.!?】]$/.test(advice) ? advice : `${advice}。`;
  return `${SMS_SIGNATURE}尊敬的用户：我们发现一起个人信息安全事件，可能涉及您的${categories}。${adviceSentence}如有疑问请${contact ?? `联系我们：${inlinePlaceholder('contact')}`}。`;
}
