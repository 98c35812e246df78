import { z } from 'zod';
import { chainIdSchema } from '../../../shared/domain/audit';
import { ROLES, USERNAME_PATTERN } from '../../../shared/sync/serverRules';
import type { CaseDeskDatabase } from '../database';
import { MAIN_SCOPE, printScope, type ReplicationScope } from '../../../shared/sync/scope';

/**
 * This workstation's membership of a team (issue 10), kept in the local
 * table (never replicated): the server and database, who is signed in with
 * which roles, and the audit chain this user writes on this workstation.
 * The password is not here: the host keeps it in the keychain.
 */
export const teamSessionSchema = z.object({
  serverUrl: z.string().url().max(500),
  database: z.string().regex(/^[a-z][a-z0-9_$()+/-]{0,200}$/),
  username: z.string().regex(USERNAME_PATTERN),
  displayName: z.string().trim().min(1).max(100),
  roles: z.array(z.enum(ROLES)).max(3),
  chain: chainIdSchema,
  joinedAt: z.string(),
});
export type TeamSession = z.infer<typeof teamSessionSchema>;

export const TEAM_SESSION_KEY = 'team.session';

export async function readTeamSession(db: CaseDeskDatabase): Promise<TeamSession | undefined> {
  const parsed = teamSessionSchema.safeParse((await db.local.get(TEAM_SESSION_KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

export function teamChain(username: string, workstationId: string): string {
  return `${username}.${workstationId.slice(0, 8)}`;
}

export function can(session: TeamSession | undefined, action: 'edit-cases' | 'manage-settings' | 'print'): boolean {
  if (!session) return true; // solo: the one officer does everything
  const roles = new Set(session.roles);
  if (action === 'manage-settings') return roles.has('manager');
  if (action === 'edit-cases') return roles.has('officer') || roles.has('manager');
  return roles.has('print') || roles.has('officer') || roles.has('manager');
}

/** Officers and managers write to the main database and mark prints in the print one; print staff only the print one. */
export function scopesFor(roles: readonly string[]): ReplicationScope[] {
  const writesCases = roles.includes('officer') || roles.includes('manager');
  return writesCases ? [MAIN_SCOPE, printScope(false)] : [printScope(true)];
}
