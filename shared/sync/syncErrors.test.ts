import { describe, expect, it } from 'vitest';
import { classifySyncError, needsPerson } from './syncErrors';

describe('what went wrong with the team server', () => {
  it('tells a wrong password or removed user from a removed role, a server fault and no network', () => {
    expect(classifySyncError({ status: 401, name: 'unauthorized', message: 'Name or password is incorrect.' })).toBe('unauthorized');
    expect(classifySyncError({ status: 403, name: 'forbidden', message: 'You are not allowed to access this db.' })).toBe('no-access');
    expect(classifySyncError({ status: 500, name: 'unknown_error' })).toBe('server-error');
    expect(classifySyncError(new TypeError('fetch failed'))).toBe('unreachable');
    expect(classifySyncError({ status: 400, name: 'bad_request' })).toBe('unknown');
  });

  it('stops retrying only where a person must act', () => {
    expect(needsPerson('unauthorized')).toBe(true);
    expect(needsPerson('unreachable')).toBe(false);
    expect(needsPerson('server-error')).toBe(false);
  });
});
