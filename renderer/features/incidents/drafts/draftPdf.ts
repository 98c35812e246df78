import type { Incident } from '../../../../shared/domain/incident';
import { translate } from '../../../../shared/i18n/messages';
import { DRAFT_DEFINITIONS, draftLetterContent, safeFileName, type DraftKind } from '../../../../shared/incidents';
import { renderLetter, type RenderError } from '../../../../shared/letters';
import type { LetterSettings } from '../../../db/lettersSettings';
import { platform } from '../../../platform';
import { letterFonts } from '../../letters/letterFonts';

export type DraftPdfResult =
  | { ok: true; pdf: Uint8Array; signed: boolean; fileName: string }
  | { ok: false; error: { kind: 'render'; error: RenderError } | { kind: 'sign'; problem: string } | { kind: 'cancelled' } };

/**
 * A draft as a PDF through the letters pipeline (SPEC §5: notices export as
 * signed PDFs like letters): laid out with letterhead, reference and
 * sign-off, and signed by the platform's key holder when a certificate has
 * been imported. Without one it is exported unsigned and the caller says so;
 * with one that cannot sign (expired, say) nothing is exported.
 */
export async function draftPdf(
  kind: DraftKind,
  text: string,
  incident: Incident,
  letters: LetterSettings,
  officerName: string,
  /** issue 14: the officer's signing PIN, asked only when there is a certificate to sign with; null: cancelled */
  askPin: () => Promise<string | null>,
): Promise<DraftPdfResult> {
  const language = DRAFT_DEFINITIONS[kind].language;
  const nowMs = Date.now();
  const content = draftLetterContent(kind, text, incident, {
    company: letters.company,
    signatory: { name: officerName, title: letters.signatoryTitle[language] },
    nowMs,
  });
  const images = { ...(letters.images.signature ? { signature: letters.images.signature.png } : {}), ...(letters.images.seal ? { seal: letters.images.seal.png } : {}) };
  const fileName = `${incident.reference}-${safeFileName(translate(language, `incidents.drafts.kind.${kind}`))}.pdf`;
  const fonts = await letterFonts();

  const status = await platform.signingStatus({});
  const signer = status.ok && status.value.signer && !status.value.problem ? status.value.signer : undefined;
  const rendered = await renderLetter(content, {
    fonts,
    images,
    producedAt: nowMs,
    ...(signer
      ? {
          sign: {
            signerName: signer.commonName,
            reason: translate(language, 'incidents.drafts.signReason'),
            location: letters.company.signingLocation[language],
            contactInfo: letters.company.email,
            signingTime: nowMs,
          },
        }
      : {}),
  });
  if (!rendered.ok) return { ok: false, error: { kind: 'render', error: rendered.error } };
  if (!signer) return { ok: true, pdf: rendered.pdf, signed: false, fileName };
  const pin = await askPin();
  if (pin === null) return { ok: false, error: { kind: 'cancelled' } };
  const signed = await platform.lettersSign({ letterId: incident.id, pin, pdf: rendered.pdf.slice() });
  if (!signed.ok) return { ok: false, error: { kind: 'sign', problem: signed.error.code } };
  if (!signed.value.ok) return { ok: false, error: { kind: 'sign', problem: signed.value.problem } };
  return { ok: true, pdf: signed.value.pdf, signed: true, fileName };
}
