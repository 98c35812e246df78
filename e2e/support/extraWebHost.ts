import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * A second (third…) web host beside the suite's own, for journeys with
 * several workstations (issue 10). The web host's server keeps one team
 * connection — one signed-in user — for its lifetime, as a desktop's main
 * process does, so each workstation of a team journey gets its own host on
 * its own port: its own origin, profile and user.
 */
export interface ExtraWebHost {
  url: string;
  stop(): Promise<void>;
}

/** `rendererRoot`: a built renderer elsewhere than dist/renderer (the bench builds its own). */
export async function startExtraWebHost(port: number, timeoutMs: number, rendererRoot?: string): Promise<ExtraWebHost> {
  const root = path.join(import.meta.dirname, '..', '..');
  const args = ['electron/runTs.mjs', 'electron/webHost/cli.ts', '--port', String(port), ...(rendererRoot ? ['--root', rendererRoot] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = `http://127.0.0.1:${port}/`;
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (!output.includes(`CaseDesk web host: ${url}`)) {
    if (child.exitCode !== null) throw new Error(`the web host on ${port} exited: ${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the web host on ${port} did not start: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        // a page's open long poll may keep it closing: the journey's next host needs the port
        setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
      }),
  };
}
