// `npm start`: install the lock file's packages if they are not (a fresh
// clone), build the renderer and the Electron bundles, then run the desktop
// app — or, where the Electron binary is not installed, serve the same
// renderer as the web host on 127.0.0.1 (platform API in the browser,
// renderer/platform/webHost.ts; our own server, electron/webHost/).
// `npm start -- --web` serves the web host even where Electron is installed;
// `--port N` chooses its port (default 4173).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureLockInstalled } from '../.ci/lockInstalled.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const forceWeb = process.argv.includes('--web');
const portArgument = process.argv.indexOf('--port');
const port = portArgument > 0 ? process.argv[portArgument + 1] : undefined;

ensureLockInstalled(root);

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

/**
 * The web host: our own server (electron/webHost/cli.ts) on a fixed port. It
 * proves this launch's token on its health endpoint before it prints the
 * address, and exits with a clear message if the port is taken (issue 16).
 */
function serveWebHost() {
  const args = [join(root, 'electron', 'runTs.mjs'), join(root, 'electron', 'webHost', 'cli.ts'), ...(port ? ['--port', port] : [])];
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
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
  serveWebHost();
}
