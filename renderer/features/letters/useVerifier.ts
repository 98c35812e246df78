import { useCallback, useState } from 'react';
import type { ResponseLetter } from '../../../shared/domain/letter';
import { verifyPdf, type PdfVerification } from '../../../shared/letters';
import { parseCertificate, type CertificateInfo } from '../../../shared/letters/signing/certificate';
import { judgeLetter, type KnownSigners, type LetterTrust } from '../../../shared/letters/signing/trust';
import { database } from '../../db/database';
import { letterBySha256 } from '../../db/letters';
import { readLetterSettings } from '../../db/lettersSettings';
import { platform } from '../../platform';

export interface VerifiedFile {
  id: string;
  name: string;
  verification: PdfVerification;
  /** issue 13: signed by our key, by an unknown certificate, or changed after signing */
  trust: LetterTrust;
  /** our letter with exactly these bytes, and its case reference */
  match?: { letter: ResponseLetter; reference: string };
}

/**
 * Verifies PDFs dropped on or picked in the Letters page (SPEC §4): the
 * signatures (verifyPdf), and whether the very bytes are a letter of our
 * register (its SHA-256 through the letters' `sha256` index). Newest first.
 */
/** The certificates that make a letter ours: the configured signer, those that signed before, the imported anchors. */
async function knownSigners(): Promise<KnownSigners> {
  const [{ trust }, status] = await Promise.all([readLetterSettings(database()), platform.signingStatus({})]);
  const configured = status.ok && status.value.signer ? [status.value.signer.fingerprint] : [];
  const anchors: CertificateInfo[] = [];
  for (const a of trust.trustAnchors) {
    try {
      anchors.push(parseCertificate(a.der));
    } catch {
      // an anchor that no longer parses trusts nothing
    }
  }
  return { fingerprints: [...configured, ...trust.signerFingerprints], anchors };
}

export function useVerifier() {
  const [results, setResults] = useState<VerifiedFile[]>([]);
  const verify = useCallback(async (files: readonly { name: string; bytes: Uint8Array }[]) => {
    const db = database();
    const known = await knownSigners();
    const checked = await Promise.all(
      files.map(async ({ name, bytes }): Promise<VerifiedFile> => {
        const verification = await verifyPdf(bytes);
        const trust = judgeLetter(verification, known, verification.chain);
        const letter = await letterBySha256(db, verification.sha256);
        const reference = letter ? ((await db.cases.get(letter.caseId))?.reference ?? '') : '';
        return { id: crypto.randomUUID(), name, verification, trust, ...(letter ? { match: { letter, reference } } : {}) };
      }),
    );
    setResults((previous) => [...checked.reverse(), ...previous].slice(0, 20));
  }, []);
  return { results, verify };
}
