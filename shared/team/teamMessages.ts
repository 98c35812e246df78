import { z } from 'zod';
import { ROLES, USERNAME_PATTERN } from '../sync/serverRules';

/**
 * What crosses between the UI and the host about the team server (issue 10).
 * The host — Electron's main process, or the web host's own server — holds
 * the credentials and carries every request to the server, so the page's
 * strict Content-Security-Policy stays `connect-src 'self'` and, on the
 * desktop, the password never reaches the renderer after sign-in.
 */
export const teamDatabaseSchema = z.string().regex(/^[a-z][a-z0-9_$()+-]{0,120}$/, 'a CouchDB database name');

export const teamServerUrlSchema = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'http(s)')
  .transform((u) => u.replace(/\/+$/, ''));

/** TLS, except a server on this machine (tests, a developer's own CouchDB). */
export function isAcceptableServerUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return true;
    return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}

export const teamSignInInputSchema = z
  .object({
    serverUrl: teamServerUrlSchema,
    database: teamDatabaseSchema,
    username: z.string().regex(USERNAME_PATTERN),
    password: z.string().min(1).max(1024),
  })
  .strict();

export const teamUserSchema = z.object({
  username: z.string().regex(USERNAME_PATTERN),
  displayName: z.string().max(100),
  roles: z.array(z.enum(ROLES)),
});
export type TeamUser = z.infer<typeof teamUserSchema>;

export const teamSignInProblems = [
  /** https required (a plain-http server only on this machine) */
  'insecure-url',
  'unreachable',
  /** the server does not accept the name and password */
  'unauthorized',
  /** signed in, but not a member of the team's database (no role) */
  'no-access',
  /** the database has no CaseDesk rules, or older ones than this app needs */
  'rules-missing',
  'rules-outdated',
  /** the answer was not CouchDB's */
  'not-couchdb',
] as const;
export type TeamSignInProblem = (typeof teamSignInProblems)[number];

export const teamSignInOutputSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), user: teamUserSchema }),
  z.object({ ok: z.literal(false), problem: z.enum(teamSignInProblems) }),
]);
export type TeamSignInOutcome = z.infer<typeof teamSignInOutputSchema>;

export const teamStatusOutputSchema = z.object({
  signedIn: z.boolean(),
  serverUrl: z.string().optional(),
  database: z.string().optional(),
  username: z.string().optional(),
});

const bytes = z.instanceof(Uint8Array);
/** 64 MB: a batch of documents with scans stays far below; anything larger is not ours */
export const MAX_TEAM_BODY = 64 * 1024 * 1024;

export const teamRequestInputSchema = z
  .object({
    method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'DELETE']),
    /** a path on the team server: the team's databases only (checked by the host) */
    path: z.string().min(1).max(2000).startsWith('/'),
    query: z.string().max(4000),
    contentType: z.string().max(200).optional(),
    body: bytes.refine((b) => b.byteLength <= MAX_TEAM_BODY, 'too large').optional(),
  })
  .strict();
export type TeamRequestInput = z.infer<typeof teamRequestInputSchema>;

export const teamRequestOutputSchema = z.object({
  status: z.number().int().min(0).max(599),
  contentType: z.string().max(200),
  body: bytes,
});
export type TeamResponse = z.infer<typeof teamRequestOutputSchema>;

export const teamSetupInputSchema = z
  .object({
    serverUrl: teamServerUrlSchema,
    database: teamDatabaseSchema,
    adminUsername: z.string().min(1).max(200),
    adminPassword: z.string().min(1).max(1024),
    users: z
      .array(z.object({ username: z.string().regex(USERNAME_PATTERN), password: z.string().min(8).max(1024), roles: z.array(z.enum(ROLES)).min(1), displayName: z.string().trim().min(1).max(100) }))
      .max(200),
  })
  .strict();
export type TeamSetupInput = z.infer<typeof teamSetupInputSchema>;

export const teamSetupOutputSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), steps: z.array(z.object({ what: z.string(), status: z.number() })) }),
  z.object({ ok: z.literal(false), problem: z.enum(['insecure-url', 'unreachable', 'unauthorized', 'refused']), step: z.string().optional() }),
]);

/** Only the team's two databases and the session: the host refuses any other path. */
export function isTeamPath(path: string, database: string): boolean {
  if (path.includes('..') || path.includes('//') || /[\s\\]/.test(path)) return false;
  if (path === '/_session') return true;
  const first = path.split('/')[1] ?? '';
  const name = decodeURIComponent(first);
  return name === database || name === `${database}-print`;
}
