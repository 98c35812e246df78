import type { AffectedPerson } from '../people/importPeople';
import { csvLine } from '../people/csv';

const BOM = '\ufeff';

/**
 * The batch file for the company's own SMS platform: one row per mobile
 * number, the notice text beside it. UTF-8 with a BOM (so that Excel, which
 * staff open it in first, reads the Chinese correctly), CRLF line ends
 * (RFC 4180), numbers as 11 plain digits. People without a mobile number
 * are not in it: they are reached by email.
 */
export function smsPlatformCsv(people: readonly AffectedPerson[], text: string): { bytes: Uint8Array; rows: number } {
  const lines = [csvLine(['手机号码', '短信内容'])];
  const seen = new Set<string>();
  for (const person of people) {
    if (!person.mobile || seen.has(person.mobile)) continue;
    seen.add(person.mobile);
    lines.push(csvLine([person.mobile, text]));
  }
  return { bytes: new TextEncoder().encode(`${BOM}${lines.join('\r\n')}\r\n`), rows: lines.length - 1 };
}
