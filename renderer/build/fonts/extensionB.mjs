// The letters' CJK Extension B face (HanaMinB, issue 13) is Debian's, unmodified:
// `fonts-hanazono` installs it, and the build copies it into assets/fonts/hanazono/,
// where the renderer imports it (letterFonts.ts) and Vite puts it into the bundle the
// installers ship. Git keeps its README and licence, not its 29 MiB. The copy is
// checked against the digest of the file the letters were tested with: another
// version would draw other glyphs in a signed letter without anyone noticing.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const EXTENSION_B_SOURCE = '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf';
export const EXTENSION_B_TARGET = 'assets/fonts/hanazono/HanaMinB.ttf';
/** fonts-hanazono 20170904 (Debian 12), HanaMinB.ttf */
export const EXTENSION_B_SHA256 = '829543436cdf7b4c6730e2af5806fa406f8ddf0d4b656e0cd49c58d4db1c8d3c';

const digest = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Makes `root/assets/fonts/hanazono/HanaMinB.ttf` the expected file, copying it from
 * `source` when it is missing or differs; answers its path. Throws, saying what to
 * install, when the source is missing or is not the expected version.
 */
export function ensureExtensionBFont(root, source = EXTENSION_B_SOURCE, expected = EXTENSION_B_SHA256) {
  const target = path.join(root, EXTENSION_B_TARGET);
  if (existsSync(target) && digest(target) === expected) return target;
  if (!existsSync(source)) {
    throw new Error(`casedesk: the letters' Extension B font ${source} is missing. Install it with:\n\n  sudo apt-get install -y fonts-hanazono\n`);
  }
  const found = digest(source);
  if (found !== expected) {
    throw new Error(`casedesk: ${source} is not the HanaMinB the letters were tested with (sha256 ${found}, expected ${expected}); see assets/fonts/hanazono/README.md`);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(source, target);
  return target;
}
