import type { DeadlineResult } from '../../deadlines/deadlineResult';
import type { DeadlineUnit, StartEvent } from '../../deadlines/deadlineRule';
import type { LocalDate } from '../../domain/time';
import type { LetterLanguage } from '../content';
import { formatLetterDate } from '../dates';

/**
 * A letter's promise of when it will answer, made from the deadline rule in
 * force for the case (issue 13): the period as the rule counts it, the
 * concrete date the engine worked out, and the clause that says so. Never
 * fixed text: a manager who changes the rule changes every letter's promise.
 */
export interface PeriodRule {
  unit: DeadlineUnit;
  amount: number;
  startEvent: StartEvent;
  /** the rule's source as Settings names it (`隐私政策 4.6`) */
  source: string;
}

export interface LetterPeriod {
  /** the case's own rule; `dueDate` once it has started (a rights request: once identity is verified) */
  rule?: PeriodRule & { dueDate?: LocalDate; rolledFrom?: LocalDate };
  /** the 30-day ceiling from receipt; `governs` when it comes before the rule's date */
  ceiling?: PeriodRule & { date: LocalDate; governs: boolean };
}

/** The period of a computed deadline, as a letter states it. */
export function letterPeriodFrom(result: DeadlineResult): LetterPeriod | undefined {
  const { rule, ceiling } = result.explanation;
  const period: LetterPeriod = {};
  if (rule) {
    period.rule = {
      unit: rule.unit,
      amount: rule.countedAmount,
      startEvent: rule.startEvent,
      source: rule.source,
      ...(rule.dueDate ? { dueDate: rule.dueDate } : {}),
      ...(rule.rolledForward ? { rolledFrom: rule.rolledForward.from } : {}),
    };
  }
  if (ceiling) period.ceiling = { unit: ceiling.unit, amount: ceiling.amount, startEvent: 'receipt', source: ceiling.source, date: ceiling.date, governs: ceiling.governs };
  return period.rule || period.ceiling ? period : undefined;
}

type Phrase = Record<LetterLanguage, string>;

/**
 * The clauses the shipped rules rest on, with what each clause itself says.
 * A letter cites a clause only for a period the clause says: policy 4.6
 * promises "15日内" for requests, 4.7.1 "一般在15个工作日内" for complaints.
 * A rule Settings counts otherwise (4.6 in working days, say) is stated as the
 * company's own period, uncited, rather than put in the policy's mouth.
 */
const KNOWN_SOURCES: Record<string, { cite: Phrase; says?: Pick<PeriodRule, 'unit' | 'amount' | 'startEvent'>; asARule?: Phrase }> = {
  '隐私政策 4.6': {
    cite: { 'zh-CN': '《昶联隐私政策》第4.6条', 'en-US': 'section 4.6 of the Changlian Privacy Policy' },
    says: { unit: 'calendar-days', amount: 15, startEvent: 'identity-verified' },
    asARule: { 'zh-CN': '原则上', 'en-US': 'as a rule ' },
  },
  '隐私政策 4.7.1': {
    cite: { 'zh-CN': '《昶联隐私政策》第4.7.1条', 'en-US': 'section 4.7.1 of the Changlian Privacy Policy' },
    says: { unit: 'working-days', amount: 15, startEvent: 'identity-verified' },
    asARule: { 'zh-CN': '一般', 'en-US': 'as a rule ' },
  },
  'GDPR Art. 12(3)': {
    cite: { 'zh-CN': '《通用数据保护条例》第十二条第三款', 'en-US': 'Article 12(3) GDPR' },
    says: { unit: 'calendar-months', amount: 1, startEvent: 'receipt' },
  },
  'GB/T 35273—2020 8.7': {
    cite: { 'zh-CN': '《信息安全技术 个人信息安全规范》（GB/T 35273—2020）第8.7条', 'en-US': 'section 8.7 of the national standard GB/T 35273—2020' },
    says: { unit: 'calendar-days', amount: 30, startEvent: 'receipt' },
  },
};

function amountText(unit: DeadlineUnit, n: number, language: LetterLanguage): string {
  if (language === 'zh-CN') {
    const zh: Record<DeadlineUnit, string> = { 'working-days': `${n}个工作日`, 'calendar-days': `${n}日`, 'calendar-months': n === 1 ? '一个月' : `${n}个月`, hours: `${n}小时` };
    return zh[unit];
  }
  const words = ['', 'one', 'two', 'three'];
  const en: Record<DeadlineUnit, string> = {
    'working-days': `${n} working days`,
    'calendar-days': `${n} days`,
    'calendar-months': n === 1 ? 'one month' : `${words[n] ?? n} months`,
    hours: `${n} hours`,
  };
  return en[unit];
}

const FROM: Record<StartEvent, Phrase> = {
  receipt: { 'zh-CN': '收到您的请求后', 'en-US': 'of receiving your request' },
  'identity-verified': { 'zh-CN': '收到您的请求并验证您的身份后', 'en-US': 'of receiving your request and verifying your identity' },
};

function citation(rule: PeriodRule, language: LetterLanguage): string | undefined {
  const known = KNOWN_SOURCES[rule.source];
  if (!known?.says) return undefined;
  const { unit, amount, startEvent } = known.says;
  return unit === rule.unit && amount === rule.amount && startEvent === rule.startEvent ? known.cite[language] : undefined;
}

function date(d: LocalDate, language: LetterLanguage): string {
  return formatLetterDate(d, language);
}

/**
 * The sentence (without its full stop) that promises the answer:
 * 我们原则上将于收到您的请求并验证您的身份后15日内作出答复（《昶联隐私政策》第4.6条），即不晚于2026年10月13日
 * We will as a rule answer within 15 days of receiving your request and verifying your identity (section 4.6 …), that is by 13 October 2026
 */
export function periodStatement(period: LetterPeriod, language: LetterLanguage): string | undefined {
  const { rule, ceiling } = period;
  const zh = language === 'zh-CN';
  const parts: string[] = [];
  if (rule) {
    const cite = citation(rule, language);
    const asARule = cite ? (KNOWN_SOURCES[rule.source]?.asARule?.[language] ?? '') : '';
    const within = amountText(rule.unit, rule.amount, language);
    const gdpr = rule.unit === 'calendar-months';
    let s = zh
      ? `我们${gdpr ? '将不作不当延迟地、最迟于' : `${asARule}将于`}${FROM[rule.startEvent][language]}${within}内作出答复${cite ? `（${cite}）` : ''}`
      : `We will ${gdpr ? 'answer without undue delay and at the latest' : `${asARule}answer`} within ${within} ${FROM[rule.startEvent][language]}${cite ? ` (${cite})` : ''}`;
    if (rule.dueDate && !ceiling?.governs) {
      s += zh ? `，即不晚于${date(rule.dueDate, language)}` : `, that is by ${date(rule.dueDate, language)}`;
      // Reg. 1182/71 art. 3(4): say why the date is not the plain month's end
      if (gdpr && rule.rolledFrom) {
        s += zh
          ? `（期限届满之日${date(rule.rolledFrom, language)}为星期六、星期日或公共假日，顺延至下一个工作日）`
          : ` (the month ends on ${date(rule.rolledFrom, language)}, a Saturday, Sunday or public holiday, so the period runs to the end of the next working day)`;
      }
    }
    parts.push(s);
  }
  if (ceiling && (ceiling.governs || !rule?.dueDate)) {
    const cite = citation(ceiling, language);
    const within = amountText(ceiling.unit, ceiling.amount, language);
    parts.push(
      zh
        ? `${rule ? '无论如何，' : ''}我们最迟将于${date(ceiling.date, language)}前答复您（收到请求后${within}${cite ? `，${cite}` : ''}）`
        : `${rule ? 'in any event, we' : 'We'} will answer by ${date(ceiling.date, language)} at the latest (within ${within} of receiving your request${cite ? `, ${cite}` : ''})`,
    );
  }
  if (parts.length === 0) return undefined;
  return parts.join(zh ? '；' : '; ');
}
