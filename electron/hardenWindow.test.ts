import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
// vi.mock is hoisted above this import, so hardenWindow sees the fake electron.
import { enforcedWebPreferences, hardenWebContents, hardenWindow, type HardenedWindowOptions } from './hardenWindow';

// The electron module replaced at the test boundary: a BrowserWindow that
// records its options and a webContents that records its listeners.
type Listener = (...args: unknown[]) => void;
type PermissionDetails = { requestingUrl?: string; isMainFrame: boolean };
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionDetails) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: PermissionDetails) => boolean;

const electron = vi.hoisted(() => {
  class FakeWebContents {
    listeners = new Map<string, Listener[]>();
    windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
    session = {
      requestHandler: undefined as PermissionRequestHandler | undefined,
      checkHandler: undefined as PermissionCheckHandler | undefined,
      setPermissionRequestHandler(handler: PermissionRequestHandler) {
        this.requestHandler = handler;
      },
      setPermissionCheckHandler(handler: PermissionCheckHandler) {
        this.checkHandler = handler;
      },
    };
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse) {
      this.windowOpenHandler = handler;
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    constructor(public options: { webPreferences?: Record<string, unknown> }) {
      FakeBrowserWindow.created.push(this);
    }
  }
  return { BrowserWindow: FakeBrowserWindow, shell: { openExternal: vi.fn(async (_url: string) => undefined) } };
});
vi.mock('electron', () => electron);


function navigationEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

function openDetails(url: string): HandlerDetails {
  return { url, frameName: '', features: '', disposition: 'foreground-tab', referrer: { url: '', policy: 'default' } };
}

function makeWindow() {
  hardenWindow({ width: 800, height: 600 });
  const window = electron.BrowserWindow.created.at(-1);
  if (!window) throw new Error('no window was made');
  return window;
}

beforeEach(() => {
  electron.BrowserWindow.created = [];
  electron.shell.openExternal.mockClear();
});

describe('hardenWindow', () => {
  it('forces the security preferences even when a caller asks otherwise', () => {
    const unsafe = { webPreferences: { preload: '/p.cjs', sandbox: false, contextIsolation: false, nodeIntegration: true, webSecurity: false, webviewTag: true } };
    hardenWindow(unsafe as unknown as HardenedWindowOptions);
    const prefs = electron.BrowserWindow.created[0]?.options.webPreferences;
    expect(prefs).toMatchObject({ preload: '/p.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs).toMatchObject(enforcedWebPreferences);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'http://127.0.0.1:4173/', 'casedesk://other/index.html', 'javascript:alert(1)'])(
    'prevents navigation and redirects to %s',
    (url) => {
      const window = makeWindow();
      const navigate = navigationEvent(url);
      const redirect = navigationEvent(url);
      const frame = navigationEvent(url, false);
      window.webContents.emit('will-navigate', navigate);
      window.webContents.emit('will-redirect', redirect);
      window.webContents.emit('will-frame-navigate', frame);
      expect(navigate.preventDefault).toHaveBeenCalled();
      expect(redirect.preventDefault).toHaveBeenCalled();
      expect(frame.preventDefault).toHaveBeenCalled();
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('lets the app navigate within its own origin', () => {
    const window = makeWindow();
    const event = navigationEvent('casedesk://app/index.html#/cases');
    window.webContents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('lets a subframe show the letter preview (a Blob URL of ours), never a page of the network', () => {
    const window = makeWindow();
    const preview = navigationEvent('blob:casedesk://app/0f8e4c4a-2b1d-4a35-9a0e-1c2d3e4f5a6b', false);
    const foreign = navigationEvent('https://evil.example/', false);
    window.webContents.emit('will-frame-navigate', preview);
    window.webContents.emit('will-frame-navigate', foreign);
    expect(preview.preventDefault).not.toHaveBeenCalled();
    expect(foreign.preventDefault).toHaveBeenCalled();
  });

  it('hardens the same contents once, however often it is asked', () => {
    const window = makeWindow();
    hardenWebContents(window.webContents as unknown as Parameters<typeof hardenWebContents>[0]);
    expect(window.webContents.listeners.get('will-navigate')).toHaveLength(1);
  });

  it('refuses <webview>', () => {
    const window = makeWindow();
    const event = { preventDefault: vi.fn() };
    window.webContents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open and hands http(s) links to the system browser', () => {
    const window = makeWindow();
    const handler = window.webContents.windowOpenHandler;
    if (!handler) throw new Error('no window-open handler');
    expect(handler(openDetails('https://www.solutioncl.com/privacy'))).toEqual({ action: 'deny' });
    expect(handler(openDetails('http://example.com/'))).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://www.solutioncl.com/privacy'], ['http://example.com/']]);
  });

  it.each(['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'casedesk://app/index.html', 'ms-settings:privacy', 'smb://server/share', 'data:text/html,x'])(
    'denies window.open of %s and opens nothing',
    (url) => {
      const window = makeWindow();
      expect(window.webContents.windowOpenHandler?.(openDetails(url))).toEqual({ action: 'deny' });
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('judges a permission by the frame that asks: our top frame gets clipboard text writes and persistent storage, nothing else', () => {
    const session = makeWindow().webContents.session;
    const answers: Record<string, boolean> = {};
    const top = { requestingUrl: 'casedesk://app/index.html', isMainFrame: true };
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'persistent-storage']) {
      session.requestHandler?.(null, permission, (granted) => (answers[permission] = granted), top);
    }
    expect(answers).toEqual({
      media: false,
      geolocation: false,
      notifications: false,
      openExternal: false,
      'clipboard-read': false,
      'clipboard-sanitized-write': true,
      'persistent-storage': true,
    });
    // an iframe inside our own page asks: refused, though the window shows our page
    let fromFrame: boolean | undefined;
    session.requestHandler?.(null, 'clipboard-sanitized-write', (granted) => (fromFrame = granted), { requestingUrl: 'about:srcdoc', isMainFrame: false });
    expect(fromFrame).toBe(false);
    expect(session.checkHandler?.(null, 'clipboard-sanitized-write', 'casedesk://app', top)).toBe(true);
    expect(session.checkHandler?.(null, 'clipboard-sanitized-write', 'casedesk://app', { requestingUrl: 'casedesk://app/index.html', isMainFrame: false })).toBe(false);
    expect(session.checkHandler?.(null, 'media', 'casedesk://app', top)).toBe(false);
    expect(session.checkHandler?.(null, 'clipboard-sanitized-write', 'https://evil.example', { isMainFrame: true })).toBe(false);
  });
});
