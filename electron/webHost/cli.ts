import { resolve } from 'node:path';
import { answersWithToken, newToken } from './healthProof';
import { PortTakenError, startWebHost } from './server';
import { createApiRoutes } from './apiRoutes';
import { createWebHostMailbox, RESTORE_ROUTE } from './mailboxRoutes';
import { TeamConnection } from '../team/teamConnection';
import { teamHandlers } from '../team/teamHandlers';

/**
 * `node electron/runTs.mjs electron/webHost/cli.ts [--port N] [--root DIR]`:
 * serves the built renderer as the web host, then — before it prints the
 * address — asks whatever answers there to prove this launch's token
 * (issue 16). Exits 1 with a clear sentence when the port is taken, and 1
 * again if something else answers on it: it never moves to another port.
 */
export const DEFAULT_WEB_HOST_PORT = 4173;

export interface WebHostArguments {
  port: number;
  root: string;
}

export function parseArguments(argv: readonly string[], cwd: string): WebHostArguments {
  let port = DEFAULT_WEB_HOST_PORT;
  let root = resolve(cwd, 'dist', 'renderer');
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--port' && value !== undefined) {
      port = Number(value);
      i++;
    } else if (argv[i] === '--root' && value !== undefined) {
      root = resolve(cwd, value);
      i++;
    }
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`not a port: ${String(port)}`);
  return { port, root };
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2), process.cwd());
  const launchToken = newToken();
  const log = (m: string) => console.warn(m);
  const mailbox = createWebHostMailbox(log);
  let host: Awaited<ReturnType<typeof startWebHost>>;
  try {
    host = await startWebHost({
      root: args.root,
      port: args.port,
      launchToken,
      sessionToken: newToken(),
      // the team server's connection: credentials in memory only (the page's vault keeps them, issue 10)
      api: createApiRoutes({ ...mailbox.handlers, ...teamHandlers(new TeamConnection({ fetch })) }, log),
      privateRoutes: { [RESTORE_ROUTE]: (body) => mailbox.restore(body) },
    });
  } catch (error) {
    if (error instanceof PortTakenError) {
      console.error(`CaseDesk web host: port ${args.port} on 127.0.0.1 is taken by another program; the web host does not move to another port, because another port is another origin with an empty case store. Close that program, or choose a port with --port.`);
      console.error(`CaseDesk 网页版：127.0.0.1 的端口 ${args.port} 已被其他程序占用。为保护案件数据，不会改用其他端口；请关闭该程序，或用 --port 指定端口。`);
      process.exit(1);
    }
    throw error;
  }
  if (!(await answersWithToken(host.url.replace(/\/$/, ''), launchToken))) {
    console.error(`CaseDesk web host: something other than this launch answers on ${host.url}; not opening it.`);
    await host.close();
    process.exit(1);
  }
  console.info(`CaseDesk web host: ${host.url}`);
  const stop = () => void Promise.all([mailbox.service.stop(), host.close()]).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// run as a program (runTs.mjs), not when a test imports the module
if (process.argv[1]?.endsWith('cli.ts')) void main();
