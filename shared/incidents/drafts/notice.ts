import type { Incident } from '../../domain/incident';
import type { CompanyDetails } from '../../letters/company';
import { DRAFT_DEFINITIONS, type DraftElementId } from './elements';
import { categoriesText, contactText, dayText, momentText, orPlaceholder } from './format';
import { numberedHeading } from './sections';

export interface NoticeContext {
  company: CompanyDetails;
  /** the date the notice carries */
  nowMs: number;
}

/** The salutation of a notice to one person; the generic one is replaced by the person's name when merged (people/merge.ts). */
export const GENERIC_SALUTATION_ZH = '尊敬的用户：';
export function personalSalutationZh(name: string): string {
  return `尊敬的${name}：`;
}

export const EMAIL_SUBJECT_ZH = '关于个人信息安全事件的告知';
export const ANNOUNCEMENT_TITLE_ZH = '关于个人信息安全事件的公告';

/**
 * The body of each section of a Chinese notice (PIPL 57, policy 5.4.1):
 * the record's words, or a placeholder naming what the record still lacks.
 */
function noticeBodies(incident: Incident): Record<DraftElementId, string> {
  const zh = 'zh-CN';
  const occurred = incident.occurredAt ? momentText(incident.occurredAt, zh) : '仍在调查中';
  const categories = categoriesText(incident, zh);
  const sensitive =
    incident.sensitiveInvolved && categories ? `其中包括个人敏感信息${incident.sensitiveWhich.trim() ? `：${incident.sensitiveWhich.trim()}` : ''}。` : '';
  const measures = [
    incident.measuresTaken.trim() ? `已采取的措施：${incident.measuresTaken.trim()}` : '',
    incident.measuresPlanned.trim() ? `将要采取的措施：${incident.measuresPlanned.trim()}` : '',
  ].filter(Boolean);
  const contact = contactText(incident.contact, zh);
  const bodies: Partial<Record<DraftElementId, string>> = {
    'basic-situation': `${orPlaceholder(incident.description, zh, '事件经过')}\n事件发生时间：${occurred}；我们发现该事件的时间：${momentText(incident.discoveredAt, zh)}。`,
    categories: categories ? `${categories}。${sensitive}` : orPlaceholder(undefined, zh, '涉及的个人信息种类'),
    cause: orPlaceholder(incident.cause, zh, '事件原因'),
    'possible-harm': orPlaceholder(incident.possibleHarm, zh, '可能造成的影响和危害'),
    measures: measures.length ? measures.join('\n') : orPlaceholder(undefined, zh, '已采取和将要采取的处置措施'),
    advice: orPlaceholder(incident.adviceToIndividuals, zh, '您可以采取的防范措施'),
    remedies: orPlaceholder(incident.remediesOffered, zh, '对您的补救措施'),
    contact: contact ? `如您有任何疑问，请联系我们。${contact}` : orPlaceholder(undefined, zh, '联系人及联系方式'),
  };
  return bodies as Record<DraftElementId, string>;
}

function sectionsText(incident: Incident): string {
  const bodies = noticeBodies(incident);
  return DRAFT_DEFINITIONS.email.sections.map((s, i) => `${numberedHeading(i, s.heading, 'zh-CN')}\n${bodies[s.element]}`).join('\n\n');
}

/** The individual notice by email (PIPL 57; policy 5.4.1 names email among the channels). */
export function generateEmailNotice(incident: Incident, context: NoticeContext): string {
  const company = context.company.name['zh-CN'];
  return [
    EMAIL_SUBJECT_ZH,
    '',
    GENERIC_SALUTATION_ZH,
    `我们遗憾地告知您，${company}（以下简称“我们”）发生了一起可能涉及您个人信息的安全事件。根据《中华人民共和国个人信息保护法》第五十七条及我们《隐私政策》第5.4.1条，现将有关情况告知如下。`,
    '',
    sectionsText(incident),
    '',
    '对于此次事件给您带来的困扰，我们深表歉意。',
    '',
    company,
    dayText(context.nowMs, 'zh-CN'),
  ].join('\n');
}

/** The public announcement, where telling each person is impracticable (policy 5.4.1: 难以逐一告知…发布公告). */
export function generateAnnouncement(incident: Incident, context: NoticeContext): string {
  const company = context.company.name['zh-CN'];
  return [
    ANNOUNCEMENT_TITLE_ZH,
    '',
    `${company}（以下简称“我们”）发生了一起涉及用户个人信息的安全事件。由于难以逐一告知每一位受影响的用户，根据《中华人民共和国个人信息保护法》第五十七条及我们《隐私政策》第5.4.1条，现以公告方式告知如下。`,
    '',
    sectionsText(incident),
    '',
    '特此公告。',
    '',
    company,
    dayText(context.nowMs, 'zh-CN'),
  ].join('\n');
}
