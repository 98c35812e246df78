// Electron's fuses for the installed app (issue 16, Electron security
// checklist): flipped in the binary by afterPack.cjs with @electron/fuses,
// before electron-builder signs it. Every fuse of the wire is decided here
// (strictlyRequireAllFuses): an Electron upgrade that adds a fuse fails the
// build until someone decides it. electron/buildConfig.test.ts reads this.
'use strict';

/** Fuse name (as @electron/fuses' FuseV1Options spells it) → wanted state. */
const FUSES = {
  // the app can never be started as plain Node (ELECTRON_RUN_AS_NODE)
  RunAsNode: false,
  // cookies encrypted with the OS keychain's key, like safeStorage
  EnableCookieEncryption: true,
  // NODE_OPTIONS and --inspect cannot inject code or open a debugger into the main process
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash recorded at build time, and nothing outside it is loaded
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // one V8 snapshot for every process; no separate browser-process snapshot file to swap
  LoadBrowserProcessSpecificV8Snapshot: false,
  // file:// pages get no privileges beyond a browser's (the app is served from casedesk://)
  GrantFileProtocolExtraPrivileges: false,
};

module.exports = { FUSES };
