import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { messageNames, PLATFORM_GLOBAL, platformMessages } from '../shared/platform/contract';
import { buildBridge, channelInvoker } from './preloadApi';

describe('preload bridge', () => {
  it('refuses to bind a channel without the casedesk: prefix', () => {
    const invoke = vi.fn(async () => undefined);
    expect(() => channelInvoker('evil:read-file', invoke)).toThrow(/prefix/);
    expect(() => channelInvoker('', invoke)).toThrow(/prefix/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('exposes exactly one function per message, each bound to its own channel', async () => {
    const invoke = vi.fn(async (channel: string, argument: unknown) => ({ channel, argument }));
    const bridge = buildBridge(invoke);
    expect(Object.keys(bridge).sort()).toEqual([...messageNames].sort());
    for (const name of messageNames) {
      await expect(bridge[name]({ probe: name })).resolves.toEqual({ channel: platformMessages[name].channel, argument: { probe: name } });
    }
  });

  it('passes exactly one argument, whatever the page adds', async () => {
    const invoke = vi.fn(async (..._args: unknown[]) => undefined);
    const bridge = buildBridge(invoke);
    await (bridge.appInfo as (...args: unknown[]) => Promise<unknown>)({}, 'casedesk:secrets:get', { name: 'backup.key' });
    expect(invoke).toHaveBeenCalledWith('casedesk:app:info', {});
    expect(invoke.mock.calls[0]).toHaveLength(2);
  });

  it('cannot be changed by the page', () => {
    const bridge = buildBridge(async () => undefined);
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});

describe('the preload, bundled as build.mjs bundles it', () => {
  it('needs nothing but electron, as a sandboxed preload must, and exposes the bridge', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const bundle = await build({
      absWorkingDir: root,
      entryPoints: ['electron/preload.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';

    const exposed = new Map<string, unknown>();
    const invoke = vi.fn(async (channel: string, argument: unknown) => ({ ok: true, value: { channel, argument } }));
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: { invoke },
    };
    const required: string[] = [];
    const sandboxRequire = (id: string) => {
      required.push(id);
      if (id === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    new Function('require', 'module', 'exports', code)(sandboxRequire, module, module.exports);

    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual([PLATFORM_GLOBAL]);
    const api = exposed.get(PLATFORM_GLOBAL) as Record<string, (argument: unknown) => Promise<unknown>>;
    await api.secretGet?.({ name: 'backup.key' });
    expect(invoke).toHaveBeenCalledWith('casedesk:secrets:get', { name: 'backup.key' });
  });
});
