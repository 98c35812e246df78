// `npm test`'s first step (the `pretest` script): the lock file's packages
// installed, then the Debian packages the suite needs (systemPackages.mjs),
// then the letters' Extension B face copied from one of them (the unit tests read it).
import { fileURLToPath } from 'node:url';
import { ensureLockInstalled } from './lockInstalled.mjs';
import { ensureSystemPackages } from './systemPackages.mjs';
import { ensureExtensionBFont } from '../renderer/build/fonts/extensionB.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
ensureLockInstalled(root);
if (!ensureSystemPackages()) process.exit(1);
ensureExtensionBFont(root);
