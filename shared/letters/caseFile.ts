import type { AuditEvent } from '../domain/audit';
import type { Case } from '../domain/case';
import { caseTimeline } from '../domain/caseTimeline';
import { maskName } from '../domain/requester';
import { shanghaiDate, shanghaiDateTime, type LocalDate } from '../domain/time';
import { translate } from '../i18n/messages';
import type { CompanyDetails } from './company';
import type { LetterContent, LetterLanguage, LetterParagraph, LetterSignatory } from './content';

/** A document on the case, as the case file lists it (its SHA-256 proves which file it was). */
export interface CaseFileDocument {
  name: string;
  addedAt: string;
  sha256: string;
  evidence?: boolean;
}

/** A letter on the case: named, dated, with its digest; a signed one's PDF is appended to the file. */
export interface CaseFileLetter {
  kindName: string;
  version: number;
  status: 'draft' | 'signed' | 'sent';
  signedAt?: string;
  signedBy?: string;
  sha256?: string;
}

export interface CaseFileInput {
  language: LetterLanguage;
  case: Case;
  requesterName: string;
  events: readonly AuditEvent[];
  documents: readonly CaseFileDocument[];
  letters: readonly CaseFileLetter[];
  company: CompanyDetails;
  /** who compiled the file (the sign-off names them; the file itself is not signed) */
  compiledBy: LetterSignatory;
  today: LocalDate;
}

/**
 * 案卷 (issue 14): one case as a document for a regulator or an audit — its
 * facts, its timeline (oldest first, as a record reads), the evidence with
 * digests, and the letters — laid out by the letters pipeline (letterhead,
 * font chain, page numbers). The signed letters' own PDFs are appended after
 * it by the caller; the requester's name is masked, as in exports for auditors.
 */
export function caseFileContent(input: CaseFileInput): LetterContent {
  const l = input.language;
  const tr = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(l, key, params);
  const c = input.case;
  const item = (text: string): LetterParagraph => ({ style: 'item', text });
  const heading = (text: string): LetterParagraph => ({ style: 'body', text });
  const none = item(tr('letters.caseFile.none'));

  const facts = [
    item(tr('letters.caseFile.fact.reference', { value: c.reference })),
    item(tr('letters.caseFile.fact.requester', { value: maskName(input.requesterName) })),
    item(tr('letters.caseFile.fact.type', { value: tr(`requestType.${c.requestType}`) })),
    item(tr('letters.caseFile.fact.received', { value: shanghaiDateTime(c.receivedAt) })),
    ...(c.verifiedAt ? [item(tr('letters.caseFile.fact.verified', { value: shanghaiDateTime(c.verifiedAt) }))] : []),
    ...(c.dueDate ? [item(tr('letters.caseFile.fact.due', { value: c.dueDate }))] : []),
    item(tr('letters.caseFile.fact.stage', { value: tr(`caseStage.${c.stage}`) })),
    ...(c.outcome ? [item(tr('letters.caseFile.fact.outcome', { value: tr(`outcome.${c.outcome}`) }))] : []),
    ...(c.closedAt ? [item(tr('letters.caseFile.fact.closed', { value: shanghaiDateTime(c.closedAt) }))] : []),
  ];

  const timeline = caseTimeline(c, input.events)
    .slice()
    .reverse()
    .map((entry) =>
      entry.kind === 'milestone'
        ? item(`${entry.dateOnly ? shanghaiDate(entry.at) : shanghaiDateTime(entry.at)}  ${tr(`cases.timeline.milestone.${entry.milestone}`)}${entry.note ? `：${entry.note}` : ''}`)
        : item(`${shanghaiDateTime(entry.at)}  ${tr(`auditAction.${entry.event.action}`)} · ${entry.event.actor}`),
    );

  const documents = input.documents.map((d) =>
    item(tr('letters.caseFile.document', { name: d.name, at: shanghaiDateTime(d.addedAt), sha256: d.sha256, evidence: d.evidence ? tr('letters.caseFile.evidence') : '' })),
  );
  const letters = input.letters.map((x) =>
    item(
      tr('letters.caseFile.letter', {
        kind: x.kindName,
        version: x.version,
        status: tr(`letters.status.${x.status}`),
        signed: x.signedAt ? tr('letters.caseFile.signedBy', { at: shanghaiDateTime(x.signedAt), by: x.signedBy ?? '', sha256: x.sha256 ?? '' }) : '',
      }),
    ),
  );

  return {
    layout: l,
    reference: c.reference,
    letterDate: input.today,
    recipient: { name: tr('letters.caseFile.recipient'), lines: [] },
    sections: [
      {
        language: l,
        subject: tr('letters.caseFile.subject', { reference: c.reference }),
        paragraphs: [
          heading(tr('letters.caseFile.intro', { today: input.today })),
          heading(tr('letters.caseFile.facts')),
          ...facts,
          heading(tr('letters.caseFile.timeline')),
          ...(timeline.length ? timeline : [none]),
          heading(tr('letters.caseFile.documents')),
          ...(documents.length ? documents : [none]),
          heading(tr('letters.caseFile.letters')),
          ...(letters.length ? letters : [none]),
        ],
      },
    ],
    signatory: input.compiledBy,
    company: input.company,
  };
}
