import { z } from 'zod';
import { ROLES, USERNAME_PATTERN } from '../../shared/sync/serverRules';
import { isAcceptableServerUrl } from '../../shared/team/teamMessages';

/**
 * `npm run team:setup`: what IT runs once per team server (issue 10) — the
 * two databases, their `_security` and CaseDesk's validation rules — and
 * again for each member it adds. The server admin's and the member's
 * passwords come from the environment, never from the command line (which
 * other users of the machine can read in the process list).
 *
 *   COUCHDB_ADMIN_USER=admin COUCHDB_ADMIN_PASSWORD=… \
 *     npm run team:setup -- --url https://couch.example.cn:6984 --database casedesk
 *   … TEAM_MEMBER_PASSWORD=… npm run team:setup -- --url … --database casedesk \
 *     --member wangmin --roles officer --display-name 王敏
 */
export const setupArgumentsSchema = z
  .object({
    url: z.string().refine(isAcceptableServerUrl, 'the server address must be https (http only for this machine)'),
    database: z.string().regex(/^[a-z][a-z0-9_$()+/-]{0,200}$/, 'a CouchDB database name: lower-case, starting with a letter'),
    adminUser: z.string().min(1, 'COUCHDB_ADMIN_USER is not set'),
    adminPassword: z.string().min(1, 'COUCHDB_ADMIN_PASSWORD is not set'),
    member: z
      .object({
        username: z.string().regex(USERNAME_PATTERN, 'a user name is 2–40 lower-case letters, digits, _ or -'),
        roles: z.array(z.enum(ROLES)).min(1, 'at least one role: officer, manager or print'),
        displayName: z.string().trim().min(1, '--display-name is required with --member').max(100),
        password: z.string().min(8, 'TEAM_MEMBER_PASSWORD must be at least 8 characters'),
      })
      .optional(),
  })
  .strict();
export type SetupArguments = z.infer<typeof setupArgumentsSchema>;

/** The command line and the environment, checked; a problem is a sentence to print. */
export function parseSetupArguments(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { ok: true; value: SetupArguments } | { ok: false; problems: string[] } {
  const flags = new Map<string, string>();
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!flag.startsWith('--') || value === undefined || value.startsWith('--')) {
      problems.push(`unexpected argument: ${flag}`);
      continue;
    }
    if (['--password', '--admin-password'].includes(flag)) {
      problems.push(`${flag}: passwords are read from the environment only (COUCHDB_ADMIN_PASSWORD, TEAM_MEMBER_PASSWORD)`);
    } else if (!['--url', '--database', '--member', '--roles', '--display-name'].includes(flag)) {
      problems.push(`unknown option: ${flag}`);
    }
    flags.set(flag, value);
    i++;
  }
  if (problems.length) return { ok: false, problems };
  const member = flags.get('--member');
  const parsed = setupArgumentsSchema.safeParse({
    url: flags.get('--url') ?? '',
    database: flags.get('--database') ?? 'casedesk',
    adminUser: env.COUCHDB_ADMIN_USER ?? '',
    adminPassword: env.COUCHDB_ADMIN_PASSWORD ?? '',
    ...(member === undefined
      ? {}
      : {
          member: {
            username: member,
            roles: (flags.get('--roles') ?? '').split(',').filter(Boolean),
            displayName: flags.get('--display-name') ?? '',
            password: env.TEAM_MEMBER_PASSWORD ?? '',
          },
        }),
  });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`) };
}
