import type { CompanyDetails } from '../../letters/company';
import type { AffectedPerson } from '../people/importPeople';
import { buildEml } from '../../mail/eml';
import { personalise, splitTitle } from './personalise';
import { writeZip, ZIP_MAX_ENTRIES } from './zip';

/** A file name that every file system takes: no path or reserved characters, not too long. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return cleaned.slice(0, 60) || '_';
}

/**
 * One .eml draft per person with an email address, in one ZIP: a legal
 * officer unpacks it and opens each draft in the mail client (Outlook opens
 * them ready to send, see mime.ts), or hands the folder to whoever sends
 * mail in bulk. Personalised salutation; the subject is the notice's title.
 */
export function emlDraftsZip(
  people: readonly AffectedPerson[],
  noticeText: string,
  company: CompanyDetails,
  nowMs: number,
): { bytes: Uint8Array; count: number } {
  const withEmail = people.filter((p) => p.email).slice(0, ZIP_MAX_ENTRIES);
  const width = Math.max(4, String(withEmail.length).length);
  const entries = withEmail.map((person, i) => {
    const { title, body } = splitTitle(personalise(noticeText, person.name));
    const bytes = buildEml({
      from: { name: company.name['zh-CN'], address: company.email },
      to: { name: person.name, address: person.email! },
      subject: title,
      text: body,
      date: nowMs,
      id: `notice.${nowMs}.${i + 1}`,
    });
    return { name: `${String(i + 1).padStart(width, '0')}-${safeFileName(person.name || person.email!)}.eml`, bytes };
  });
  return { bytes: writeZip(entries, nowMs), count: entries.length };
}
