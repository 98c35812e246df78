import { useCallback, useState } from 'react';
import { layoutLanguages, printedTexts, renderErrorText, renderLetter, signingReason, type LetterContent, type LetterImages } from '../../../shared/letters';
import { database } from '../../db/database';
import { recordSignedLetter, type LetterDraft } from '../../db/letters';
import { readLetterSettings, rememberSignerFingerprint } from '../../db/lettersSettings';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { srgbProfile } from './iccProfile';
import { letterFonts } from './letterFonts';
import { signingProblemText } from './signingProblemText';

export type SignOutcome = { ok: true; sha256: string } | { ok: false; message: string };

/**
 * Signs a letter (SPEC §4): rendered afresh with the signature's placeholder
 * and visible stamp, signed by whoever holds the key (the desktop's main
 * process, or the web host's non-extractable key), then stored — PDF,
 * SHA-256, signed record and audit event in one transaction. From then on
 * the letter is immutable.
 */
export function useSignLetter() {
  const t = useText();
  const platformErrorText = usePlatformErrorText();
  const [signing, setSigning] = useState(false);

  const sign = useCallback(
    async (draft: LetterDraft, content: LetterContent, images: LetterImages, officer: string): Promise<SignOutcome> => {
      setSigning(true);
      try {
        const status = await platform.signingStatus({});
        if (!status.ok) return { ok: false, message: platformErrorText(status.error) };
        const signer = status.value.signer;
        if (!signer) return { ok: false, message: t('letters.editor.noSigner') };
        if (status.value.problem) return { ok: false, message: signingProblemText(status.value.problem, t) };

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
        if (!prepared.ok) return { ok: false, message: renderErrorText(prepared.error, t) };

        const { trust } = await readLetterSettings(database());
        const answer = await platform.lettersSign({ letterId: draft.id, pdf: prepared.pdf.slice(), ...(trust.tsaUrl ? { tsaUrl: trust.tsaUrl } : {}) });
        if (!answer.ok) return { ok: false, message: platformErrorText(answer.error) };
        if (!answer.value.ok) return { ok: false, message: t('letters.editor.signProblem', { problem: signingProblemText(answer.value.problem, t) }) };

        const { pdf, sha256, signedAt } = answer.value;
        const body = { ...draft.body, recipient: content.recipient, letterDate: content.letterDate, signatory: content.signatory };
        await recordSignedLetter(database(), { draft: { ...draft, body }, pdf, sha256, signedAt, signedBy: officer, reference: content.reference });
        // its letters stay "signed by our key" after the certificate is replaced (issue 13)
        await rememberSignerFingerprint(database(), signer.fingerprint, officer);
        return { ok: true, sha256 };
      } catch (e) {
        return { ok: false, message: t('letters.done.failed', { message: e instanceof Error ? e.message : String(e) }) };
      } finally {
        setSigning(false);
      }
    },
    [platformErrorText, t],
  );

  return { sign, signing };
}
