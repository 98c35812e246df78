// `npm start`: build the renderer and the Electron bundles, then run the
// desktop app — or, where the Electron binary is not installed, serve the
// same renderer as the web host on 127.0.0.1 (platform API in the browser,
// renderer/platform/webHost.ts). `npm start -- --web` serves the web host
// even where Electron is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const forceWeb = process.argv.includes('--web');

function run(script) {
  // npm is a .cmd on Windows, which Node only spawns through a shell.
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', script], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Where the electron package keeps its binary, without `require('electron')`:
 * that require downloads the binary when it is missing, which blocks and then
 * throws on a machine without access to the download server.
 */
function electronBinary() {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist');
  if (relative === '') return null;
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

async function serveWebHost() {
  const { preview } = await import('vite');
  const server = await preview({
    configFile: join(root, 'renderer', 'vite.config.ts'),
    preview: { host: '127.0.0.1', open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  console.info(`CaseDesk web host: ${url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

run('build:renderer');
run('build:electron');

const binary = forceWeb ? null : electronBinary();
if (binary) {
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  if (!forceWeb) {
    console.info('Electron binary not installed (the electron package downloads it on first run, and that download is not possible here); serving the web host instead.');
  }
  await serveWebHost();
}
