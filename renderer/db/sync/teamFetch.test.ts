import { describe, expect, it } from 'vitest';
import { ok, fail } from '../../../shared/platform/result';
import { TEAM_BASE_URL, teamFetch } from './teamFetch';
import type { TeamRequestInput } from '../../../shared/team/teamMessages';

describe('fetch over the host', () => {
  it('hands PouchDB’s request to the host as path, query, type and bytes, and gives the answer back as a Response', async () => {
    const seen: TeamRequestInput[] = [];
    const f = teamFetch({
      teamRequest: async (input) => {
        seen.push(input as TeamRequestInput);
        return ok({ status: 201, contentType: 'application/json', body: new TextEncoder().encode('[{"ok":true}]') });
      },
    });
    const res = await f(`${TEAM_BASE_URL}/casedesk/_bulk_docs?x=1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"docs":[]}' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual([{ ok: true }]);
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/casedesk/_bulk_docs', query: '?x=1', contentType: 'application/json' });
    expect(new TextDecoder().decode(seen[0]!.body)).toBe('{"docs":[]}');
  });

  it('is a network error when the host could not carry it, so PouchDB retries', async () => {
    const down = teamFetch({ teamRequest: async () => ok({ status: 0, contentType: 'text/plain', body: new Uint8Array() }) });
    await expect(down(`${TEAM_BASE_URL}/casedesk`)).rejects.toThrow(TypeError);
    const refused = teamFetch({ teamRequest: async () => fail('forbidden-sender') });
    await expect(refused(`${TEAM_BASE_URL}/casedesk`)).rejects.toThrow(/forbidden-sender/);
    await expect(refused('https://elsewhere.example/x')).rejects.toThrow(/not a request for the team server/);
  });
});
