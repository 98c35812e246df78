import { describe, expect, it, vi } from 'vitest';
import { messageNames } from '../../shared/platform/contract';
import { ok } from '../../shared/platform/result';
import { guardPlatform, isUncheckedPlatform, type UncheckedPlatform } from './guard';

function unchecked(overrides: Partial<Record<keyof UncheckedPlatform, (input: unknown) => Promise<unknown>>> = {}): UncheckedPlatform {
  const base = Object.fromEntries(messageNames.map((name) => [name, async () => ok({})]));
  return { ...base, ...overrides } as UncheckedPlatform;
}

describe('guardPlatform', () => {
  it('passes a well-formed answer through', async () => {
    const platform = guardPlatform(unchecked({ secretGet: async () => ({ ok: true, value: { value: 'k' } }) }), { checkInput: true });
    await expect(platform.secretGet({ name: 'backup.key' })).resolves.toEqual({ ok: true, value: { value: 'k' } });
  });

  it.each([
    ['nothing', undefined],
    ['a bare value', { value: 'k' }],
    ['a value of the wrong type', { ok: true, value: { value: 42 } }],
    ['an unknown error code', { ok: false, error: { code: 'explode' } }],
    ['a string', 'ok'],
  ])('turns %s into internal', async (_label, answer) => {
    const platform = guardPlatform(unchecked({ secretGet: async () => answer }), { checkInput: false });
    await expect(platform.secretGet({ name: 'backup.key' })).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('turns a throwing bridge into internal', async () => {
    const platform = guardPlatform(
      unchecked({
        appInfo: async () => {
          throw new Error("Error invoking remote method 'casedesk:app:info': reply was never sent");
        },
      }),
      { checkInput: false },
    );
    await expect(platform.appInfo({})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('checks arguments when asked to, and never calls the implementation with a bad one', async () => {
    const secretSet = vi.fn(async () => ok({}));
    const platform = guardPlatform(unchecked({ secretSet }), { checkInput: true });
    const bad = { name: '../etc/passwd', value: '330102199001011234' };
    const answer = await platform.secretSet(bad);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(JSON.stringify(answer)).not.toContain('330102199001011234');
    expect(secretSet).not.toHaveBeenCalled();
  });

  it('leaves argument checking to the main process on Electron', async () => {
    const secretSet = vi.fn(async () => ok({}));
    const platform = guardPlatform(unchecked({ secretSet }), { checkInput: false });
    await platform.secretSet({ name: '../etc/passwd', value: 'x' });
    expect(secretSet).toHaveBeenCalledOnce();
  });
});

describe('isUncheckedPlatform', () => {
  it('recognises an object with every message, and nothing less', () => {
    expect(isUncheckedPlatform(unchecked())).toBe(true);
    const { openFiles: _dropped, ...partial } = unchecked();
    expect(isUncheckedPlatform(partial)).toBe(false);
    expect(isUncheckedPlatform(undefined)).toBe(false);
    expect(isUncheckedPlatform('casedesk')).toBe(false);
  });
});
