import { translate } from '../../../shared/i18n/messages';
import { layoutLanguages, type CompanyDetails, type LetterLanguage, type LetterLayout } from '../../../shared/letters';
import type { LetterKind } from '../../../shared/letters/templates/schema';
import { letterFileName } from '../../db/letters';
import type { RegisterRow } from '../../db/lettersRegister';
import { buildEml, isMailAddress } from '../../../shared/mail/eml';
import type { EnvelopeRecipient } from './envelope';

/**
 * What a signed letter becomes outside the app: its file name, the .eml
 * draft for the officer's mail client, its envelope. The mail is written in
 * the letter's own language(s), whatever the interface language is.
 */

export function fileNameOf(row: RegisterRow): string {
  return letterFileName(row.case?.reference ?? 'letter', row.letter.template as LetterKind, row.letter.version);
}

export type EmlResult = { ok: true; fileName: string; bytes: Uint8Array } | { ok: false; reason: 'no-email' };

export function emlDraftFor(row: RegisterRow, pdf: Uint8Array, company: CompanyDetails, now: number): EmlResult {
  const email = row.requester?.email?.trim();
  if (!email || !isMailAddress(email)) return { ok: false, reason: 'no-email' };
  const languages = layoutLanguages(row.letter.language as LetterLayout);
  const first = languages[0] ?? 'zh-CN';
  const reference = row.case?.reference ?? '';
  const name = row.requester?.name ?? '';
  const fileName = fileNameOf(row);
  // issue 14: the mail is titled by what the letter is (an acknowledgement is not an answer)
  const kind = (l: LetterLanguage) => translate(l, `letters.kind.${row.letter.template as LetterKind}`);
  const bytes = buildEml({
    from: { name: translate(first, 'letters.eml.fromName', { company: company.name[first] }), address: company.email },
    to: { name, address: email },
    subject: languages.map((l) => translate(l, 'letters.eml.subject', { reference, kind: kind(l) })).join(' / '),
    text: languages.map((l) => translate(l, 'letters.eml.body', { name, reference, kind: kind(l), hotline: company.hotline, company: company.name[l] })).join('\n\n——————\n\n'),
    attachment: { fileName, mimeType: 'application/pdf', bytes: pdf },
    date: now,
    id: crypto.randomUUID(),
  });
  return { ok: true, fileName: fileName.replace(/\.pdf$/, '.eml'), bytes };
}

/** The envelope's address block, or undefined when the requester has no postal address. */
export function envelopeRecipientOf(row: RegisterRow): EnvelopeRecipient | undefined {
  const r = row.requester;
  if (!r?.address?.trim()) return undefined;
  return {
    reference: row.case?.reference ?? '',
    name: r.name,
    ...(r.organisation ? { organisation: r.organisation } : {}),
    address: r.address,
    ...(r.postcode ? { postcode: r.postcode } : {}),
    mainland: r.region === 'mainland',
  };
}
