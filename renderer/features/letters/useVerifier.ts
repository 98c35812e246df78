import { useCallback, useState } from 'react';
import type { ResponseLetter } from '../../../shared/domain/letter';
import { verifyPdf, type PdfVerification } from '../../../shared/letters';
import { database } from '../../db/database';
import { letterBySha256 } from '../../db/letters';

export interface VerifiedFile {
  id: string;
  name: string;
  verification: PdfVerification;
  /** our letter with exactly these bytes, and its case reference */
  match?: { letter: ResponseLetter; reference: string };
}

/**
 * Verifies PDFs dropped on or picked in the Letters page (SPEC §4): the
 * signatures (verifyPdf), and whether the very bytes are a letter of our
 * register (its SHA-256 through the letters' `sha256` index). Newest first.
 */
export function useVerifier() {
  const [results, setResults] = useState<VerifiedFile[]>([]);
  const verify = useCallback(async (files: readonly { name: string; bytes: Uint8Array }[]) => {
    const db = database();
    const checked = await Promise.all(
      files.map(async ({ name, bytes }): Promise<VerifiedFile> => {
        const verification = await verifyPdf(bytes);
        const letter = await letterBySha256(db, verification.sha256);
        const reference = letter ? ((await db.cases.get(letter.caseId))?.reference ?? '') : '';
        return { id: crypto.randomUUID(), name, verification, ...(letter ? { match: { letter, reference } } : {}) };
      }),
    );
    setResults((previous) => [...checked.reverse(), ...previous].slice(0, 20));
  }, []);
  return { results, verify };
}
