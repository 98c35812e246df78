import { describe, expect, it, vi } from 'vitest';
import { UpdateRefusedError } from '../update/updateRefused';
import { checkForUpdate, updateErrorDetail } from './checkForUpdates';

describe('checkForUpdates', () => {
  it('answers not-configured from a checkout, without asking the updater', async () => {
    const check = vi.fn();
    await expect(checkForUpdate({ isPackaged: false, check })).resolves.toEqual({ ok: true, value: { state: 'not-configured' } });
    expect(check).not.toHaveBeenCalled();
  });

  it('reports an available version, or that there is none', async () => {
    await expect(checkForUpdate({ isPackaged: true, check: async () => ({ isUpdateAvailable: true, updateInfo: { version: '0.2.0' } }) })).resolves.toEqual({
      ok: true,
      value: { state: 'available', version: '0.2.0' },
    });
    await expect(checkForUpdate({ isPackaged: true, check: async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0' } }) })).resolves.toEqual({
      ok: true,
      value: { state: 'up-to-date' },
    });
  });

  it('answers not-configured when the updater is inactive', async () => {
    await expect(checkForUpdate({ isPackaged: true, check: async () => null })).resolves.toEqual({ ok: true, value: { state: 'not-configured' } });
  });

  it('answers refused with the reason when the release does not verify', async () => {
    await expect(checkForUpdate({ isPackaged: true, check: async () => Promise.reject(new UpdateRefusedError('bad-signature')) })).resolves.toEqual({
      ok: true,
      value: { state: 'refused', problem: 'bad-signature' },
    });
  });

  it('answers update-failed without the user’s paths', async () => {
    const error = new Error("ENOENT: no such file or directory, open 'C:\\Users\\zhang.san\\AppData\\Local\\app-update.yml'\n    at stack");
    const answer = await checkForUpdate({ isPackaged: true, check: async () => Promise.reject(error) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'update-failed' } });
    expect(JSON.stringify(answer)).not.toContain('zhang.san');
  });

  it('keeps the update server URL readable and prefers an error code', () => {
    expect(updateErrorDetail(new Error('Cannot find latest.yml in https://updates.solutioncl.com/casedesk/latest.yml'))).toBe(
      'Cannot find latest.yml in https://updates.solutioncl.com/casedesk/latest.yml',
    );
    expect(updateErrorDetail(new Error("open '/home/zhang/.config/CaseDesk/x'"))).toBe("open '<path>'");
    expect(updateErrorDetail(Object.assign(new Error('whatever /home/zhang'), { code: 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND' }))).toBe('ERR_UPDATER_LATEST_VERSION_NOT_FOUND');
  });
});
