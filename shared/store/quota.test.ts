import { describe, expect, it } from 'vitest';
import { quotaWarning } from './quota';

const GB = 1024 ** 3;

describe('the storage quota warning', () => {
  it('warns from 80% of the quota on, with the figures to say it', () => {
    expect(quotaWarning({ usage: 8 * GB, quota: 10 * GB })).toEqual({ percent: 80, used: '8.0 GB', quota: '10.0 GB' });
    expect(quotaWarning({ usage: 9.99 * GB, quota: 10 * GB })?.percent).toBe(99);
  });

  it('stays quiet below 80%', () => {
    expect(quotaWarning({ usage: 7.99 * GB, quota: 10 * GB })).toBeNull();
  });

  it('stays quiet when the browser reports nothing usable', () => {
    expect(quotaWarning(undefined)).toBeNull();
    expect(quotaWarning({ usage: 5 })).toBeNull();
    expect(quotaWarning({ usage: 5, quota: 0 })).toBeNull();
  });
});
