import type { ContactDetails, Incident, PeopleAffected } from '../../domain/incident';
import { shanghaiDate, shanghaiDateTime, type Instant } from '../../domain/time';
import { translate } from '../../i18n/messages';
import { formatLetterDate } from '../../letters/dates';
import { storedCategoryElements } from '../vocabulary';
import type { DraftLanguage } from './elements';
import { placeholder } from './sections';

/** 1,200,000: the same digits in both languages (a notice is read by lawyers, not typeset by a locale). */
export function groupDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function peopleText(people: PeopleAffected | undefined, language: DraftLanguage): string | undefined {
  if (!people) return undefined;
  if (people.kind === 'exact') return language === 'zh-CN' ? `${groupDigits(people.count)} 人` : groupDigits(people.count);
  return language === 'zh-CN'
    ? `约 ${groupDigits(people.low)} 至 ${groupDigits(people.high)} 人（估计）`
    : `approximately ${groupDigits(people.low)} to ${groupDigits(people.high)} (estimate)`;
}

/** `2026年11月30日 10:00（北京时间）` / `30 November 2026, 10:00 (UTC+8)`. */
export function momentText(instant: Instant, language: DraftLanguage): string {
  const date = formatLetterDate(shanghaiDate(instant), language);
  const time = shanghaiDateTime(instant).slice(11);
  return language === 'zh-CN' ? `${date} ${time}（北京时间）` : `${date}, ${time} (UTC+8)`;
}

export function dayText(instant: Instant | number, language: DraftLanguage): string {
  return formatLetterDate(shanghaiDate(instant), language);
}

/**
 * The data elements chosen, in the draft's language, the officer's free text
 * after them: exactly what was chosen, nothing grouped with it (issue 14).
 * A record stored before the elements existed reads as what its groups named.
 */
export function categoriesText(incident: Pick<Incident, 'categories' | 'categoriesOther'>, language: DraftLanguage): string | undefined {
  const names = storedCategoryElements(incident.categories).map((c) => translate(language, `incidents.category.${c}`));
  const other = incident.categoriesOther.trim();
  if (other) names.push(other);
  if (names.length === 0) return undefined;
  return names.join(language === 'zh-CN' ? '、' : '; ');
}

/** Contact details as one line; undefined when there is neither a telephone number nor an email address to reach. */
export function contactText(contact: ContactDetails, language: DraftLanguage): string | undefined {
  const phone = contact.phone.trim();
  const email = contact.email.trim();
  if (!phone && !email) return undefined;
  const zh = language === 'zh-CN';
  const parts = [
    contact.name.trim() ? `${zh ? '联系人：' : 'Contact: '}${contact.name.trim()}` : '',
    phone ? `${zh ? '电话：' : 'Telephone: '}${phone}` : '',
    email ? `${zh ? '电子邮箱：' : 'Email: '}${email}` : '',
  ].filter(Boolean);
  return parts.join(zh ? '；' : '; ');
}

/** The value, or the placeholder that the completeness check will find. */
export function orPlaceholder(value: string | undefined, language: DraftLanguage, what: string): string {
  const v = value?.trim();
  return v ? v : placeholder(language, what);
}

export function yesNo(value: boolean | undefined, language: DraftLanguage): string {
  if (value === undefined) return language === 'zh-CN' ? '尚在评估' : 'still being assessed';
  return language === 'zh-CN' ? (value ? '是' : '否') : value ? 'yes' : 'no';
}
