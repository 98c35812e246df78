// Bundles the main process and the preload into CommonJS files that Electron
// loads: dist/electron/main.cjs and dist/electron/preload.cjs. The preload
// must be one file because a sandboxed preload can require only a handful of
// modules (electron, events, timers, url); bundling main too means the
// installer needs no node_modules at all (electron-builder.yml excludes them).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const production = process.env.NODE_ENV === 'production';

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22', // Electron 45 ships Node 22
  external: ['electron'],
  // Minified even in development: the preload runs before every page load,
  // and zod (which the contract brings along) is most of its size.
  minify: true,
  keepNames: true, // error names in the log stay readable
  sourcemap: production ? false : 'linked',
  legalComments: 'none',
  logLevel: 'warning',
};

const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
console.info(`electron: main.cjs and preload.cjs built in ${Date.now() - started} ms`);
