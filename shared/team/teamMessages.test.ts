import { describe, expect, it } from 'vitest';
import { isAcceptableServerUrl, isTeamPath, teamServerUrlSchema } from './teamMessages';

describe('what the host lets through to the team server', () => {
  it('takes https, and plain http only on this machine', () => {
    expect(isAcceptableServerUrl('https://couch.solutioncl.com:6984')).toBe(true);
    expect(isAcceptableServerUrl('http://127.0.0.1:5984')).toBe(true);
    expect(isAcceptableServerUrl('http://couch.solutioncl.com')).toBe(false);
    expect(isAcceptableServerUrl('ftp://x')).toBe(false);
    expect(teamServerUrlSchema.parse(' https://couch.solutioncl.com/ ')).toBe('https://couch.solutioncl.com');
  });

  it('reaches the team’s two databases and the session, nothing else', () => {
    expect(isTeamPath('/casedesk/_changes', 'casedesk')).toBe(true);
    expect(isTeamPath('/casedesk-print/_bulk_docs', 'casedesk')).toBe(true);
    expect(isTeamPath('/_session', 'casedesk')).toBe(true);
    expect(isTeamPath('/_users/org.couchdb.user:boss', 'casedesk')).toBe(false);
    expect(isTeamPath('/_config/admins/admin', 'casedesk')).toBe(false);
    expect(isTeamPath('/other/_all_docs', 'casedesk')).toBe(false);
    expect(isTeamPath('/casedesk/../_users', 'casedesk')).toBe(false);
  });
});
