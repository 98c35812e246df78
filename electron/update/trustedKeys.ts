import type { TrustedKey } from './updateSignature';

/**
 * The release keys this build trusts (issue 16): an update whose channel
 * file is not signed by one of them is refused, whatever the update server
 * or a proxy in between says. Only public keys live here; each private key
 * stays on the release manager's offline machine
 * (`npm run release:keygen -- <file>` makes a pair and prints the entry to
 * paste here). List the next key beside the current one a release before
 * rotating, so that every installed version can verify the release that
 * brings the new key.
 *
 * Empty until the company's release key is generated: a build without a key
 * refuses every update (and `npm run dist` refuses to sign with a key that is
 * not listed here), which is the safe way round.
 */
export const TRUSTED_UPDATE_KEYS: readonly TrustedKey[] = [];
