import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';

/**
 * `npm run release:keygen -- <private-key-file> [key-id]`: makes an Ed25519
 * release key pair. The private key is written to the file (mode 0600) and
 * belongs on the release manager's offline machine; the public key is
 * printed as the entry to add to electron/update/trustedKeys.ts.
 */
async function main(): Promise<void> {
  const [file, id = `release-${new Date().getUTCFullYear()}`] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npm run release:keygen -- <private-key-file> [key-id]');
    process.exit(2);
  }
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  await writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();
  console.info(`Private key written to ${file}. Keep it offline; sign releases with CASEDESK_UPDATE_KEY_FILE=${file} CASEDESK_UPDATE_KEY_ID=${id}.`);
  console.info('Add to TRUSTED_UPDATE_KEYS in electron/update/trustedKeys.ts:\n');
  console.info(`  { id: '${id}', publicKeyPem: \`${pem}\n\` },`);
}

if (process.argv[1]?.endsWith('updateKeys.ts')) void main();
