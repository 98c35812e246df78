import { describe, expect, it, vi } from 'vitest';
import { openExternalHandler } from './openExternal';

const call = { window: null };

describe('openExternal', () => {
  it('opens an https page in the system browser', async () => {
    const open = vi.fn(async () => undefined);
    await expect(openExternalHandler(open)({ url: 'https://www.solutioncl.com/' }, call)).resolves.toEqual({ ok: true, value: {} });
    expect(open).toHaveBeenCalledWith('https://www.solutioncl.com/');
  });

  it.each(['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://server/share', 'ms-settings:privacy', 'casedesk://app/'])(
    'refuses %s even if it got past the contract',
    async (url) => {
      const open = vi.fn(async () => undefined);
      await expect(openExternalHandler(open)({ url }, call)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(open).not.toHaveBeenCalled();
    },
  );
});
