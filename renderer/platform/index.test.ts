import { describe, expect, it } from 'vitest';
import { platform } from './index';

// Under Node there is no preload bridge, so the web host answers.
describe('platform', () => {
  it('falls back to the web host when no preload exposed the bridge', async () => {
    await expect(platform.checkForUpdates({})).resolves.toEqual({ ok: true, value: { state: 'unsupported' } });
  });

  it('checks arguments on the web host', async () => {
    await expect(platform.openExternal({ url: 'file:///etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
