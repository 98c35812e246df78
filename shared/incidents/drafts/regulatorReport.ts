import type { Incident } from '../../domain/incident';
import { translate } from '../../i18n/messages';
import { effectiveGrade } from '../grading';
import type { ReportStage } from '../vocabulary';
import { REGULATOR_SECTIONS, type DraftElementId } from './elements';
import { categoriesText, contactText, groupDigits, momentText, orPlaceholder, peopleText, yesNo } from './format';
import type { NoticeContext } from './notice';
import { numberedHeading } from './sections';

export interface ReportContext extends NoticeContext {
  stage: ReportStage;
}

const zh = 'zh-CN';

/**
 * Items (三)–(六) of the report content may follow in a supplementary
 * report (办法: 对于规定时间内不能判定…可先报告第（一）（二）项内容，其他情况
 * 及时补报): an initial report says so instead of leaving a placeholder; a
 * supplementary report must fill them.
 */
function later(value: string, stage: ReportStage, what: string): string {
  if (value.trim()) return value.trim();
  return stage === 'initial' ? '尚不能判定，将在续报中报告。' : orPlaceholder(undefined, zh, what);
}

function bodies(incident: Incident, context: ReportContext): Record<DraftElementId, string> {
  const company = context.company;
  const grade = translate(zh, `incidents.grade.${effectiveGrade(incident)}`);
  const types = incident.breachTypes.map((t) => `个人信息${translate(zh, `incidents.breachType.${t}`)}`).join('、');
  const categories = categoriesText(incident, zh);
  const regions = incident.regions.map((r) => translate(zh, `incidents.region.${r}`)).join('、');
  const contact = contactText(incident.contact, zh);
  const measures = incident.measuresTaken.trim();
  const result: Partial<Record<DraftElementId, string>> = {
    'unit-systems': [
      `单位名称：${company.name[zh]}；地址：${company.address[zh]}`,
      `涉事设施、系统、平台：${orPlaceholder(incident.systems, zh, '涉事系统、平台')}`,
      `是否涉及关键信息基础设施：${yesNo(incident.criticalInfrastructure, zh)}`,
    ].join('\n'),
    'time-place': [
      `发现（获知）时间：${momentText(incident.discoveredAt, zh)}${incident.discoveredBy.trim() ? `；发现人：${incident.discoveredBy.trim()}` : ''}`,
      `发生时间：${incident.occurredAt ? momentText(incident.occurredAt, zh) : '仍在调查中'}`,
      `地点：${orPlaceholder(incident.place, zh, '事件发生地点')}`,
    ].join('\n'),
    'event-type': types ? `数据安全事件（${types}）。${orPlaceholder(incident.description, zh, '事件经过')}` : orPlaceholder(undefined, zh, '事件类型'),
    impact: [
      `受影响人数：${peopleText(incident.peopleAffected, zh) ?? orPlaceholder(undefined, zh, '受影响人数')}${incident.recordsAffected !== undefined ? `；涉及记录 ${groupDigits(incident.recordsAffected)} 条` : ''}`,
      `涉及的个人信息种类：${categories ?? orPlaceholder(undefined, zh, '涉及的个人信息种类')}；是否涉及个人敏感信息：${yesNo(incident.sensitiveInvolved, zh)}${incident.sensitiveInvolved && incident.sensitiveWhich.trim() ? `（${incident.sensitiveWhich.trim()}）` : ''}`,
      ...(regions ? [`受影响人员所在地区：${regions}`] : []),
      `已造成或可能造成的危害：${orPlaceholder(incident.possibleHarm, zh, '已造成的影响和危害')}`,
      `事件分级（《网络安全事件分级指南》）：${grade}${incident.gradeDecision ? `（${incident.gradeDecision.reason}）` : '（按受影响人数初判，待确认）'}`,
    ].join('\n'),
    'measures-effect': [
      measures || orPlaceholder(undefined, zh, '已采取的应对措施'),
      `效果：${orPlaceholder(incident.measuresEffect, zh, '应对措施的效果')}`,
      ...(incident.suspectedCrime ? ['事件涉嫌违法犯罪，已（将）及时向公安机关报案。'] : []),
    ].join('\n'),
    trend: later(incident.trend, context.stage, '事态发展趋势'),
    'cause-analysis': later(incident.cause, context.stage, '事件原因初步分析'),
    'further-measures': later(incident.measuresPlanned, context.stage, '拟进一步采取的应对措施'),
    'support-requested': later(incident.supportRequested, context.stage, '请求支援事项（如无，请填“无”）'),
    contact: contact ?? orPlaceholder(undefined, zh, '联系人及联系方式'),
  };
  return result as Record<DraftElementId, string>;
}

/**
 * The report to the cyberspace administration (国家网络安全事件报告管理办法,
 * in force 2025-11-01), marked 初报 or 续报; below 较大 it is PIPL 57's
 * notice to the authority, in the same form.
 */
export function generateRegulatorReport(incident: Incident, context: ReportContext): string {
  const b = bodies(incident, context);
  const title = `网络安全事件报告（${context.stage === 'initial' ? '初报' : '续报'}）`;
  return [
    title,
    '',
    `报告单位：${context.company.name[zh]}`,
    `事件编号：${incident.reference}`,
    `报告时间：${momentText(new Date(context.nowMs).toISOString(), zh)}`,
    '',
    REGULATOR_SECTIONS.map((s, i) => `${numberedHeading(i, s.heading, zh)}\n${b[s.element]}`).join('\n\n'),
  ].join('\n');
}
