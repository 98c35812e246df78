// Runs one of electron/'s TypeScript entry points under plain Node 20 (which
// cannot run TypeScript itself): esbuild bundles it to a CommonJS file in
// node_modules/.cache — the same way build.mjs bundles the main process — and
// it is required from there, with the remaining arguments in process.argv.
//
//   node electron/runTs.mjs electron/webHost/cli.ts --port 4173
//
// Used by `npm start` (the web host), the e2e suite's web server and the
// release tools. npm packages stay outside the bundle: node_modules is there.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node electron/runTs.mjs <entry.ts> [arguments…]');
  process.exit(2);
}
const entryPath = resolve(entry);
// one bundle per entry and process: two suites on one checkout never overwrite each other's file mid-run
const tag = createHash('sha256').update(relative(root, entryPath)).digest('hex').slice(0, 12);
const outfile = join(root, 'node_modules', '.cache', 'casedesk-run', `${tag}-${process.pid}.cjs`);
await build({
  absWorkingDir: root,
  entryPoints: [entryPath],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  // stack traces name the TypeScript files (Node maps them with --enable-source-maps)
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.argv = [process.argv[0], entryPath, ...rest];
try {
  createRequire(import.meta.url)(outfile);
} finally {
  // loaded: the bundle on disk is no longer needed, and one per run would pile up
  rmSync(outfile, { force: true });
}
