import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { messageNames, platformMessages } from '../shared/platform/contract';

// main.ts runs on import, so it is driven here through a fake electron: the
// wiring (scheme before ready, single instance, handlers, window, menu) is
// what this checks; each piece has its own tests.
type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const order: string[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const userData = { dir: '' };

  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    loadedUrl = '';
    focused = 0;
    listeners = new Map<string, Listener[]>();
    webContents = {
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      session: { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined },
    };
    constructor(public options: { webPreferences?: Record<string, unknown> }) {
      FakeBrowserWindow.created.push(this);
    }
    static fromWebContents = () => null;
    maximize() {}
    once(event: string, listener: Listener) {
      this.on(event, listener);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    show() {}
    focus() {
      this.focused += 1;
    }
  }

  const menus: MenuItemConstructorOptions[][] = [];
  const ipcHandlers = new Map<string, Listener>();
  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: () => order.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        order.push('requestSingleInstanceLock');
        return true;
      },
      quit: vi.fn(),
      getPath: () => userData.dir,
      getVersion: () => '0.1.0',
      getName: () => 'CaseDesk',
      on: (event: string, listener: Listener) => appListeners.set(event, [...(appListeners.get(event) ?? []), listener]),
      whenReady: () => ready,
    },
    session: { defaultSession: { setPermissionRequestHandler: () => order.push('defaultSession:permissions'), setPermissionCheckHandler: () => undefined } },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => order.push(`registerSchemes:${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string) => order.push(`handle:${scheme}`),
    },
    ipcMain: { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => menus.push(menu),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    BrowserWindow: FakeBrowserWindow,
    dialog: {},
    shell: {},
    safeStorage: {},
    Notification: { isSupported: () => false },
  };
  return { electron, appListeners, order, resolveReady, userData, menus, ipcHandlers, FakeBrowserWindow };
});
vi.mock('electron', () => fake.electron);
vi.mock('electron-updater', () => ({ Provider: class {}, autoUpdater: { on: vi.fn(), checkForUpdates: vi.fn(async () => null) } }));

fake.userData.dir = await mkdtemp(join(tmpdir(), 'casedesk-main-'));
await import('./main');
fake.resolveReady();
await vi.waitFor(() => expect(fake.FakeBrowserWindow.created[0]?.loadedUrl).toMatch(/^casedesk:/));

afterAll(async () => {
  await rm(fake.userData.dir, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('sandboxes every renderer and registers the app scheme before ready, then serves it', () => {
    expect(fake.order.slice(0, 3)).toEqual(['enableSandbox', 'registerSchemes:casedesk', 'requestSingleInstanceLock']);
    expect(fake.order).toContain('handle:casedesk');
  });

  it('hardens every web contents the app creates, and judges permissions on the default session', () => {
    expect(fake.appListeners.get('web-contents-created')).toHaveLength(1);
    expect(fake.order).toContain('defaultSession:permissions');
  });

  it('registers a handler for every message of the contract', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(messageNames.map((n) => platformMessages[n].channel).sort());
  });

  it('opens one hardened window on the app page, with the bundled preload', () => {
    expect(fake.FakeBrowserWindow.created).toHaveLength(1);
    const window = fake.FakeBrowserWindow.created[0];
    expect(window?.loadedUrl).toBe('casedesk://app/index.html');
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String(window?.options.webPreferences?.preload)).toMatch(/preload\.cjs$/);
  });

  it('brings the first window forward when a second instance starts', () => {
    for (const listener of fake.appListeners.get('second-instance') ?? []) listener();
    expect(fake.FakeBrowserWindow.created[0]?.focused).toBe(1);
  });

  it('builds the menu in Chinese, and again in English when the page switches language', async () => {
    const topLabels = () => (fake.menus.at(-1) ?? []).map((item) => item.label);
    expect(topLabels()).toContain('文件');
    const setLocale = fake.ipcHandlers.get('casedesk:app:set-locale');
    const event = { senderFrame: { url: 'casedesk://app/index.html', parent: null }, sender: {} };
    await expect(setLocale?.(event, { locale: 'en-US' })).resolves.toEqual({ ok: true, value: {} });
    expect(topLabels()).toContain('File');
  });
});
