import { caseFileContent, printedTexts, renderErrorText, renderLetter, type CaseFileLetter } from '../../../shared/letters';
import type { Translate } from '../../../shared/i18n/messages';
import type { LetterLanguage } from '../../../shared/letters';
import { todayInShanghai } from '../../../shared/domain/time';
import { auditEventsFor } from '../../db/audit';
import { database } from '../../db/database';
import { signedLetterPdf } from '../../db/letters';
import { readLetterSettings } from '../../db/lettersSettings';
import { letterFonts } from './letterFonts';
import { kindName } from './letterLabels';
import { mergePdfs } from './mergePdfs';

export type CaseFileResult = { ok: true; pdf: Uint8Array; fileName: string; letters: number } | { ok: false; reason: string };

/**
 * 案卷 (issue 14): the case as one PDF for a regulator or an audit — the
 * summary laid out by the letters pipeline (its fonts, letterhead, page
 * numbers), then every signed letter's own PDF appended as it was signed.
 * The merged file is a copy for reading: each letter's signed PDF stays the
 * record, and the file carries no valid signature of its own.
 */
export async function exportCaseFile(caseId: string, language: LetterLanguage, officer: string, t: Translate): Promise<CaseFileResult> {
  const db = database();
  const record = await db.cases.get(caseId);
  if (!record) return { ok: false, reason: t('letters.editor.caseNotFound') };
  const [requester, documents, letters, events, settings] = await Promise.all([
    db.requesters.get(record.requesterId),
    db.documents.where('caseId').equals(caseId).toArray(),
    db.letters.where('caseId').equals(caseId).toArray(),
    auditEventsFor(db, `case:${caseId}`),
    readLetterSettings(db),
  ]);
  const ordered = letters.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const listed: CaseFileLetter[] = ordered.map((l) => ({
    kindName: kindName(l, t),
    version: l.version,
    status: l.status,
    ...(l.signedAt ? { signedAt: l.signedAt } : {}),
    ...(l.signedBy ? { signedBy: l.signedBy } : {}),
    ...(l.sha256 ? { sha256: l.sha256 } : {}),
  }));
  const content = caseFileContent({
    language,
    case: record,
    requesterName: requester?.name ?? '',
    events,
    documents: documents.map((d) => ({ name: d.fileName, addedAt: d.addedAt, sha256: d.sha256, evidence: d.identityEvidence })),
    letters: listed,
    company: settings.company,
    compiledBy: {
      name: officer,
      title: { 'zh-CN': settings.signatoryTitle['zh-CN'], 'en-US': settings.signatoryTitle['en-US'] },
      ...(settings.signatoryTitle.romanisedName ? { romanisedName: settings.signatoryTitle.romanisedName } : {}),
    },
    today: todayInShanghai(Date.now()),
  });
  const rendered = await renderLetter(content, { fonts: await letterFonts(printedTexts(content)) });
  if (!rendered.ok) return { ok: false, reason: renderErrorText(rendered.error, t) };
  const signed: Uint8Array[] = [];
  for (const l of ordered) {
    if (l.status === 'draft') continue;
    const pdf = await signedLetterPdf(db, l);
    if (pdf) signed.push(pdf);
  }
  const pdf = await mergePdfs([rendered.pdf, ...signed], t('letters.caseFile.subject', { reference: record.reference }));
  return { ok: true, pdf, fileName: `${record.reference}-case-file.pdf`, letters: signed.length };
}
