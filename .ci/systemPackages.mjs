// The Debian packages the test suite needs besides node_modules (issue 15:
// "npm test on a fresh machine installs Chromium and poppler-utils itself
// when it can, and otherwise prints the one command to run"):
// - chromium: the e2e journeys run in Debian's Chromium (Playwright's own download cannot run here);
// - poppler-utils: pdfsig, pdftotext and pdftoppm check the signed letters;
// - dovecot-imapd: the mailbox tests run a real IMAP server (issue 17);
// - qpdf: checks the structure of the PDF/A-2b letters (issue 13; veraPDF is not packaged);
// - fonts-hanazono: HanaMinB, the letters' CJK Extension B face, which the build copies into
//   assets/fonts/hanazono/ (renderer/build/fonts/extensionB.mjs) rather than keep 29 MiB in git.
// `node .ci/systemPackages.mjs` installs what is missing when it runs as root
// (or where sudo needs no password), else prints the command and exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SYSTEM_PACKAGES = [
  { name: 'chromium', provides: ['/usr/bin/chromium'] },
  { name: 'poppler-utils', provides: ['/usr/bin/pdfsig', '/usr/bin/pdftoppm', '/usr/bin/pdftotext'] },
  { name: 'dovecot-imapd', provides: ['/usr/sbin/dovecot'] },
  { name: 'qpdf', provides: ['/usr/bin/qpdf'] },
  { name: 'fonts-hanazono', provides: ['/usr/share/fonts/truetype/hanazono/HanaMinB.ttf'] },
];

/** The packages whose files are not there. */
export function missingPackages(exists = existsSync) {
  return SYSTEM_PACKAGES.filter((p) => !p.provides.every((file) => exists(file))).map((p) => p.name);
}

/** The one command that installs `names`, for a person to run. */
export function installCommand(names) {
  return `sudo apt-get install -y ${names.join(' ')}`;
}

/** How this process could install packages: directly as root, through sudo without a password, or not at all. */
function installer() {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : null;
}

export function ensureSystemPackages() {
  const missing = missingPackages();
  if (missing.length === 0) return true;
  const prefix = installer();
  if (prefix === null) {
    console.error(`casedesk: the tests need ${missing.join(', ')}. Install with:\n\n  ${installCommand(missing)}\n`);
    return false;
  }
  console.info(`casedesk: installing ${missing.join(' ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => {
    const [command, ...rest] = [...prefix, ...args];
    return spawnSync(command, rest, { stdio: 'inherit', env }).status === 0;
  };
  if (!run(['apt-get', 'update', '-qq']) || !run(['apt-get', 'install', '-y', '-qq', ...missing])) {
    console.error(`casedesk: installing failed. Run:\n\n  ${installCommand(missing)}\n`);
    return false;
  }
  const still = missingPackages();
  if (still.length > 0) {
    console.error(`casedesk: still missing after apt-get: ${still.join(', ')}`);
    return false;
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(ensureSystemPackages() ? 0 : 1);
}
