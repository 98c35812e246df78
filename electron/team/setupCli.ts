import { createTeamUser, installServerRules, SetupError, type ServerRequest } from '../../shared/sync/serverSetup';
import { parseSetupArguments } from './setupCommand';

/** `npm run team:setup` (see setupCommand.ts): plain HTTP to the server with the admin's credentials, each step printed. */
async function main(): Promise<void> {
  const parsed = parseSetupArguments(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    for (const problem of parsed.problems) console.error(`team:setup: ${problem}`);
    process.exit(2);
  }
  const { url, database, adminUser, adminPassword, member } = parsed.value;
  const authorization = `Basic ${Buffer.from(`${adminUser}:${adminPassword}`, 'utf8').toString('base64')}`;
  const request: ServerRequest = async (method, path, body) => {
    const res = await fetch(url.replace(/\/$/, '') + path, {
      method,
      headers: { authorization, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    try {
      return { status: res.status, body: JSON.parse(text) as unknown };
    } catch {
      return { status: res.status, body: text };
    }
  };
  try {
    for (const step of await installServerRules(request, database)) console.info(`${step.ok ? 'ok  ' : 'FAIL'} ${step.what} (HTTP ${step.status})`);
    if (member) {
      const step = await createTeamUser(request, member);
      console.info(`${step.ok ? 'ok  ' : 'FAIL'} ${step.what} (HTTP ${step.status}) — roles ${member.roles.join(', ')}`);
    }
  } catch (error) {
    console.error(`team:setup: ${error instanceof SetupError ? error.message : String(error)}`);
    process.exit(1);
  }
}

void main();
