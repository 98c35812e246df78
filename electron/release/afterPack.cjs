// electron-builder's afterPack hook (electron-builder.yml): flips the fuses of
// fuses.cjs in the packaged Electron binary with @electron/fuses, before
// electron-builder signs it (flipping changes the binary, so it must come first).
'use strict';
const path = require('node:path');
const { FuseV1Options, FuseVersion, flipFuses } = require('@electron/fuses');
const { FUSES } = require('./fuses.cjs');

/** The @electron/fuses configuration: every fuse by its number, and every fuse required. */
function fuseConfig() {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true };
  for (const [name, value] of Object.entries(FUSES)) {
    const option = FuseV1Options[name];
    if (typeof option !== 'number') throw new Error(`fuses.cjs names an unknown fuse: ${name}`);
    config[option] = value;
  }
  return config;
}

/** The packaged binary: CaseDesk.exe on Windows, the executable name on Linux. */
function binaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  return path.join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  await flipFuses(binaryPath(context), fuseConfig());
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuseConfig = fuseConfig;
