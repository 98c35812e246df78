import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/**
 * Issue 16: an update is installed only when its channel file (latest.yml,
 * latest-linux.yml — the version, and each installer's SHA-512 and size) is
 * signed by a release key built into the app. Ed25519 over:
 *
 *   "casedesk-update-signature-v1\n" + appId + "\n" + channel file name + "\n" + the file's bytes
 *
 * The app id and the file name are inside the signature so that a signed
 * Linux channel file cannot be served as the Windows one, nor one product's
 * as another's. The signature travels beside the channel file, as
 * `<channel file>.sig`, a small JSON document.
 */
export const SIGNATURE_FORMAT = 'casedesk-update-signature-v1';
export const APP_ID = 'com.solutioncl.casedesk';

export const signatureFileSchema = z
  .object({
    format: z.literal(SIGNATURE_FORMAT),
    keyId: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,63}$/),
    /** base64 of the 64-byte Ed25519 signature */
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  })
  .strict();
export type SignatureFile = z.infer<typeof signatureFileSchema>;

export interface TrustedKey {
  id: string;
  /** SPKI PEM of an Ed25519 public key */
  publicKeyPem: string;
}

export function signaturePayload(channelFile: string, bytes: Uint8Array, appId = APP_ID): Buffer {
  return Buffer.concat([Buffer.from(`${SIGNATURE_FORMAT}\n${appId}\n${channelFile}\n`, 'utf8'), bytes]);
}

/** The release tool's side (electron/release/signUpdates.ts): the .sig document for a channel file. */
export function signChannelFile(channelFile: string, bytes: Uint8Array, key: { id: string; privateKey: KeyObject }): SignatureFile {
  if (key.privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the release key must be an Ed25519 key');
  const signature = sign(null, signaturePayload(channelFile, bytes), key.privateKey).toString('base64');
  return { format: SIGNATURE_FORMAT, keyId: key.id, signature };
}

export type SignatureProblem = 'signature-missing' | 'signature-malformed' | 'unknown-key' | 'bad-signature';

/** The app's side: does `bytes` carry a valid signature by one of the trusted keys? */
export function checkChannelSignature(channelFile: string, bytes: Uint8Array, signatureFile: Uint8Array | null, trusted: readonly TrustedKey[]): SignatureProblem | null {
  if (signatureFile === null) return 'signature-missing';
  let parsed: SignatureFile;
  try {
    const result = signatureFileSchema.safeParse(JSON.parse(Buffer.from(signatureFile).toString('utf8')));
    if (!result.success) return 'signature-malformed';
    parsed = result.data;
  } catch {
    return 'signature-malformed';
  }
  const key = trusted.find((k) => k.id === parsed.keyId);
  if (!key) return 'unknown-key';
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(key.publicKeyPem);
  } catch {
    return 'unknown-key';
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') return 'unknown-key';
  const valid = verify(null, signaturePayload(channelFile, bytes), publicKey, Buffer.from(parsed.signature, 'base64'));
  return valid ? null : 'bad-signature';
}
