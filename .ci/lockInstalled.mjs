// Is node_modules what package-lock.json says? `npm start` and `npm test`
// ask before anything else (issue 15: "two commands on a fresh machine"), so
// a fresh clone installs the lock file's packages itself, and a checkout
// whose lock moved on installs again — and an up-to-date one starts at once.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The packages of the lock file that are not installed at their locked
 * version: `[path, wanted, found]`. Optional packages are skipped (they are
 * platform-specific: esbuild's binary for another OS is never installed).
 */
export function lockMismatches(root) {
  const lockFile = join(root, 'package-lock.json');
  if (!existsSync(lockFile)) return [['package-lock.json', 'present', 'missing']];
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const mismatches = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '' || entry.optional || entry.link || !path.includes('node_modules/')) continue;
    const manifest = join(root, path, 'package.json');
    let found = 'missing';
    try {
      found = JSON.parse(readFileSync(manifest, 'utf8')).version ?? 'no version';
    } catch {
      // not installed
    }
    if (found !== entry.version) mismatches.push([path, entry.version, found]);
  }
  return mismatches;
}

/** Runs `npm ci` when the installed packages are not the lock file's; exits with npm's status if that fails. */
export function ensureLockInstalled(root) {
  const mismatches = lockMismatches(root);
  if (mismatches.length === 0) return false;
  const [path, wanted, found] = mismatches[0];
  console.info(`casedesk: installing the lock file's packages (${mismatches.length} not as locked, e.g. ${path.replace(/^.*node_modules\//, '')} ${found} ≠ ${wanted}): npm ci`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('casedesk: npm ci failed; see its output above.');
    process.exit(result.status ?? 1);
  }
  return true;
}
