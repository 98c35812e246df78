import type { CmsSigner } from '../letters/signing/cms';
import { signPreparedPdf, type SignOptions } from '../letters/signing/signPdf';
import { pinLockedUntil, type PinAttempts } from '../letters/signing/pinWrap';
import { verifyPdf } from '../letters/signing/verify';
import type { MessageOutput, SignerSummaryValue, SigningProblem } from './contract';

/**
 * What `casedesk:letters:sign` promises, the same on both hosts: the key
 * holder (Electron's main process, or the web host's non-extractable key)
 * signs only with a certificate valid now, only a letter whose signing time
 * is now, and hands back only bytes it has verified itself. Kept apart from
 * contract.ts so the preload, which imports the contract, never bundles pdf-lib.
 */

/** How far the signing time written at rendering may be from the key holder's clock. */
export const SIGNING_TIME_TOLERANCE_MS = 10 * 60_000;

export type LetterSigningOutcome = MessageOutput<'lettersSign'>;

/** Why the stored certificate cannot sign at `now`, if it cannot (it may have expired since it was imported). */
export function certificateProblemAt(signer: Pick<SignerSummaryValue, 'notBefore' | 'notAfter'>, now: number): SigningProblem | undefined {
  if (now < Date.parse(signer.notBefore)) return 'certificate-not-yet-valid';
  if (now > Date.parse(signer.notAfter)) return 'certificate-expired';
  return undefined;
}

/**
 * Signs a prepared letter with `signer`, whose certificate `summary`
 * describes, then checks the result before anyone sees it: valid, covering
 * the whole file, made with this certificate, and signed at a time within
 * SIGNING_TIME_TOLERANCE_MS of `now` (under PAdES the signature dictionary's
 * /M, written at rendering, is the signing time: a letter is not backdated).
 */
export async function signLetterPdf(pdf: Uint8Array, signer: CmsSigner, summary: SignerSummaryValue, now: number, options: SignOptions = {}): Promise<LetterSigningOutcome> {
  const expired = certificateProblemAt(summary, now);
  if (expired) return { ok: false, problem: expired };
  const signed = await signPreparedPdf(pdf, signer, options);
  if (!signed.ok) return { ok: false, problem: signed.error.code };
  const check = await verifyPdf(signed.pdf);
  if (!check.valid || !check.coversWholeDocument || check.signer?.fingerprint !== summary.fingerprint) return { ok: false, problem: 'signature-check-failed' };
  if (options.timeStamp && !check.timeStamp?.valid) return { ok: false, problem: 'timestamp-failed' };
  const signedAt = check.signedAt ? Date.parse(check.signedAt) : NaN;
  if (!Number.isFinite(signedAt) || Math.abs(signedAt - now) > SIGNING_TIME_TOLERANCE_MS) return { ok: false, problem: 'signing-time' };
  // (a copy typed as the contract's bytes: an ArrayBuffer-backed Uint8Array)
  return { ok: true, pdf: new Uint8Array(signed.pdf), sha256: signed.sha256, signedAt: new Date(signedAt).toISOString() };
}

/** What a TSA request needs of `fetch` (Electron's main process and the browser both have it). */
export type TimeStampFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: Uint8Array<ArrayBuffer>; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

const TSA_TIMEOUT_MS = 15_000;

/**
 * RFC 3161 over HTTP (PAdES B-T, issue 13): POSTs a TimeStampReq to the
 * company's TSA and answers the TimeStampResp bytes. From the web host the
 * TSA must allow the host's origin (CORS); the main process has no such limit.
 */
export async function postTimeStampRequest(fetch: TimeStampFetch, url: string, request: Uint8Array): Promise<Uint8Array> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/timestamp-query' },
    body: new Uint8Array(request),
    signal: AbortSignal.timeout(TSA_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`the time-stamping authority answered HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The time-stamp options for a configured TSA (PAdES B-T): `fetch` is the
 * host's, `nonce` fresh random bytes. None when no TSA is configured.
 */
export function timeStampOptions(tsaUrl: string | undefined, fetch: TimeStampFetch, nonce: Uint8Array): SignOptions {
  if (!tsaUrl) return {};
  return { timeStamp: { transport: (request) => postTimeStampRequest(fetch, tsaUrl, request), nonce } };
}

/**
 * What both hosts answer for `signingStatus` about a kept signer (issue 14): its certificate, whether its key
 * is kept under a PIN (`attempts` given) or still waits for one, its certificate's problem, and the end of a
 * lock after wrong PINs.
 */
export function signerStatus(summary: SignerSummaryValue, pin: { attempts: PinAttempts | undefined } | 'missing', now: number): MessageOutput<'signingStatus'> {
  const problem = certificateProblemAt(summary, now);
  const lockedUntil = pin === 'missing' ? undefined : pinLockedUntil(pin.attempts, now);
  return {
    signer: summary,
    pin: pin === 'missing' ? 'missing' : 'set',
    ...(problem ? { problem } : {}),
    ...(lockedUntil ? { pinLockedUntil: new Date(lockedUntil).toISOString() } : {}),
  };
}
