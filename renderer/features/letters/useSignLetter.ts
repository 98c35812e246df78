import { useCallback, useState } from 'react';
import { sha256Hex } from '../../../shared/audit/chain';
import { layoutLanguages, printedTexts, renderErrorText, renderLetter, signingReason, type LetterContent, type LetterImages } from '../../../shared/letters';
import type { SignerSummaryValue, SigningProblem } from '../../../shared/platform/contract';
import { database } from '../../db/database';
import { recordSignedLetter, type LetterDraft } from '../../db/letters';
import { readLetterSettings, rememberSignerFingerprint } from '../../db/lettersSettings';
import { recordSigningChange } from '../../db/signingAudit';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { srgbProfile } from './iccProfile';
import { letterFonts } from './letterFonts';
import { signingProblemText } from './signingProblemText';

export type SignOutcome = { ok: true; sha256: string } | { ok: false; message: string; problem?: SigningProblem };

/**
 * Issue 14: what the officer is asked to confirm before anything is signed —
 * the letter as it will be signed (rendered with its signature placeholder),
 * its pages and digest, and the certificate that will sign it.
 */
export interface SigningPlan {
  pdf: Uint8Array;
  pageCount: number;
  /** SHA-256 of the letter as prepared for the signature (the signed file's own digest is recorded once signed) */
  sha256: string;
  preparedAt: number;
  signer: SignerSummaryValue;
  pin: 'set' | 'missing';
  pinLockedUntil?: string;
}

export type PlanOutcome = { ok: true; plan: SigningPlan } | { ok: false; message: string };

/** A prepared letter older than this is rendered again at confirmation: the key holder refuses a signing time 10 minutes off. */
const FRESH_MS = 5 * 60_000;

/**
 * Signs a letter (SPEC §4) in two steps (issue 14: signing is a deliberate
 * act): `prepare` renders it afresh with the signature's placeholder and
 * visible stamp and says what will be signed and by whom; `sign` hands it,
 * with the officer's PIN, to whoever holds the key (the desktop's main
 * process, or the web host's vault), which unwraps the key for that one
 * signature. Then PDF, SHA-256, signed record and audit event are stored in
 * one transaction. From then on the letter is immutable.
 */
export function useSignLetter() {
  const t = useText();
  const platformErrorText = usePlatformErrorText();
  const [signing, setSigning] = useState(false);

  const render = useCallback(
    async (content: LetterContent, images: LetterImages, signer: SignerSummaryValue) => {
      const signingTime = Date.now();
      const languages = layoutLanguages(content.layout);
      const sign = {
        signerName: signer.commonName,
        reason: signingReason(content.layout),
        location: languages.map((l) => content.company.signingLocation[l]).join(' / '),
        contactInfo: content.company.email,
        signingTime,
      };
      const prepared = await renderLetter(content, { fonts: await letterFonts(printedTexts(content, sign)), images, sign, pdfa: { iccProfile: await srgbProfile() } });
      return { prepared, signingTime };
    },
    [],
  );

  const prepare = useCallback(
    async (content: LetterContent, images: LetterImages): Promise<PlanOutcome> => {
      setSigning(true);
      try {
        const status = await platform.signingStatus({});
        if (!status.ok) return { ok: false, message: platformErrorText(status.error) };
        const signer = status.value.signer;
        if (!signer) return { ok: false, message: t('letters.editor.noSigner') };
        if (status.value.problem) return { ok: false, message: signingProblemText(status.value.problem, t) };
        const { prepared, signingTime } = await render(content, images, signer);
        if (!prepared.ok) return { ok: false, message: renderErrorText(prepared.error, t) };
        const sha256 = sha256Hex(prepared.pdf);
        return {
          ok: true,
          plan: {
            pdf: prepared.pdf,
            pageCount: prepared.pageCount,
            sha256,
            preparedAt: signingTime,
            signer,
            pin: status.value.pin ?? 'missing',
            ...(status.value.pinLockedUntil ? { pinLockedUntil: status.value.pinLockedUntil } : {}),
          },
        };
      } catch (e) {
        return { ok: false, message: t('letters.done.failed', { message: e instanceof Error ? e.message : String(e) }) };
      } finally {
        setSigning(false);
      }
    },
    [platformErrorText, render, t],
  );

  const sign = useCallback(
    async (draft: LetterDraft, content: LetterContent, images: LetterImages, officer: string, plan: SigningPlan, pin: string): Promise<SignOutcome> => {
      setSigning(true);
      try {
        let pdf = plan.pdf;
        if (Date.now() - plan.preparedAt > FRESH_MS) {
          const again = await render(content, images, plan.signer);
          if (!again.prepared.ok) return { ok: false, message: renderErrorText(again.prepared.error, t) };
          pdf = again.prepared.pdf;
        }
        const { trust } = await readLetterSettings(database());
        const answer = await platform.lettersSign({ letterId: draft.id, pin, pdf: pdf.slice(), ...(trust.tsaUrl ? { tsaUrl: trust.tsaUrl } : {}) });
        if (!answer.ok) return { ok: false, message: platformErrorText(answer.error) };
        if (!answer.value.ok) {
          const problem = answer.value.problem;
          if (problem === 'wrong-pin' || problem === 'pin-locked') await recordSigningChange(database(), { action: 'signing.refused', letterId: draft.id, problem }, officer);
          return { ok: false, problem, message: t('letters.editor.signProblem', { problem: signingProblemText(problem, t) }) };
        }

        const signed = answer.value;
        const body = { ...draft.body, recipient: content.recipient, letterDate: content.letterDate, signatory: content.signatory };
        await recordSignedLetter(database(), { draft: { ...draft, body }, pdf: signed.pdf, sha256: signed.sha256, signedAt: signed.signedAt, signedBy: officer, reference: content.reference });
        // its letters stay "signed by our key" after the certificate is replaced (issue 13)
        await rememberSignerFingerprint(database(), plan.signer.fingerprint, officer);
        return { ok: true, sha256: signed.sha256 };
      } catch (e) {
        return { ok: false, message: t('letters.done.failed', { message: e instanceof Error ? e.message : String(e) }) };
      } finally {
        setSigning(false);
      }
    },
    [platformErrorText, render, t],
  );

  return { prepare, sign, signing };
}
