import { sha256Hex } from '../audit/chain';

/**
 * SHA-256 as the intake pipeline takes it: asynchronous, so that the intake
 * worker can hand in the platform's native digest (WebCrypto), which is tens
 * of times faster than SHA-256 in JavaScript; a large import hashes every
 * message, every attachment and every message's content (issue 15: the
 * import within 2× bare postal-mime). Pure code falls back to the
 * JavaScript one (@noble/hashes), with the same result.
 */
export type Sha256 = (bytes: Uint8Array) => Promise<string>;

export const jsSha256: Sha256 = async (bytes) => sha256Hex(bytes);
