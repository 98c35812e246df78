/**
 * What went wrong talking to the team server, in the words the sync
 * indicator uses (issue 10: "last error in the user's language"; faults:
 * unreachable, wrong password, 500, cut mid-sync). PouchDB reports HTTP
 * failures as objects with a status, network failures as errors without one.
 */
export const syncErrorKinds = [
  /** the server could not be reached (network, server down, cut mid-request) */
  'unreachable',
  /** the server does not accept the sign-in: password changed or user removed */
  'unauthorized',
  /** signed in, but no longer a member of the team's database: role removed */
  'no-access',
  /** the server answered with an error of its own (5xx) */
  'server-error',
  /** the server's rules are older than this app needs */
  'rules-outdated',
  'unknown',
] as const;
export type SyncErrorKind = (typeof syncErrorKinds)[number];

export function classifySyncError(error: unknown): SyncErrorKind {
  if (!error || typeof error !== 'object') return 'unknown';
  const status = Number(Reflect.get(error, 'status'));
  const name = String(Reflect.get(error, 'name') ?? '');
  const message = String(Reflect.get(error, 'message') ?? '');
  if (status === 401 || name === 'unauthorized') return 'unauthorized';
  if (status === 403 || name === 'forbidden') return 'no-access';
  if (status >= 500) return 'server-error';
  if (!status || name === 'TypeError' || /fetch|network|ECONNREFUSED|ECONNRESET|socket|abort/i.test(message)) return 'unreachable';
  return 'unknown';
}

/** Errors after which retrying only repeats the refusal: the officer must sign in again or ask a manager. */
export function needsPerson(kind: SyncErrorKind): boolean {
  return kind === 'unauthorized' || kind === 'no-access' || kind === 'rules-outdated';
}
