import { describe, expect, it } from 'vitest';
import { parseSetupArguments } from './setupCommand';

const ADMIN = { COUCHDB_ADMIN_USER: 'admin', COUCHDB_ADMIN_PASSWORD: 'admin-secret' };

describe('npm run team:setup', () => {
  it('takes the server, the database and a member with roles; passwords from the environment', () => {
    const parsed = parseSetupArguments(['--url', 'https://couch.example.cn:6984', '--member', 'wangmin', '--roles', 'officer,manager', '--display-name', '王敏'], { ...ADMIN, TEAM_MEMBER_PASSWORD: 'member-pw-1' });
    expect(parsed).toEqual({
      ok: true,
      value: { url: 'https://couch.example.cn:6984', database: 'casedesk', adminUser: 'admin', adminPassword: 'admin-secret', member: { username: 'wangmin', roles: ['officer', 'manager'], displayName: '王敏', password: 'member-pw-1' } },
    });
  });

  it('refuses a password on the command line, where the process list shows it', () => {
    const parsed = parseSetupArguments(['--url', 'https://couch.example.cn', '--admin-password', 'x'], ADMIN);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.join(' ')).toContain('from the environment only');
  });

  it('refuses plain http to another machine, a missing admin, an unknown role', () => {
    const parsed = parseSetupArguments(['--url', 'http://couch.example.cn:5984', '--member', 'lina', '--roles', 'admin', '--display-name', '李娜'], { TEAM_MEMBER_PASSWORD: 'member-pw-1' });
    expect(parsed.ok).toBe(false);
    const problems = !parsed.ok ? parsed.problems.join('\n') : '';
    expect(problems).toContain('https');
    expect(problems).toContain('COUCHDB_ADMIN_USER is not set');
    expect(problems).toContain('member.roles');
  });
});
