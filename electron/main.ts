import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen } from 'electron';
import { isAbsolute, join } from 'node:path';
import { DEFAULT_LOCALE, translate } from '../shared/i18n/messages';
import type { UiLocale } from '../shared/platform/contract';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl } from './appOrigin';
import { createPlatformHandlers } from './handlers';
import { sweepSpool } from './handlers/printPdf';
import { hardenWindow } from './hardenWindow';
import { registerPlatformHandlers } from './ipc';
import { menuTemplate } from './menu';
import { appSchemePrivileges, createAppRequestHandler } from './protocol/appProtocol';
import { createUpdater } from './updater';
import { loadWindowState, MIN_HEIGHT, MIN_WIDTH, placeOnDisplays, saveWindowState, stateFromWindow } from './windowState';

// The main process: thin on purpose. Everything with logic in it lives in a
// module of its own with tests; this file only wires them to Electron.

// Every renderer sandboxed, whatever a window asks for (security checklist §4).
app.enableSandbox();
// Before `ready`, or the scheme gets no origin of its own.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

// Bundled into dist/electron/main.cjs, beside preload.cjs; the renderer is built into dist/renderer.
const preloadPath = join(__dirname, 'preload.cjs');
const rendererRoot = join(__dirname, '..', 'renderer');

// The e2e suite starts every test on a fresh profile (its own IndexedDB and
// secrets); only an absolute path is taken, and only before anything is read.
const testProfile = process.env.CASEDESK_USER_DATA;
if (testProfile && isAbsolute(testProfile)) app.setPath('userData', testProfile);

if (!app.requestSingleInstanceLock()) {
  // SPEC §7: single instance. Two processes on one IndexedDB profile would
  // fight over it; the first instance is told and comes forward instead.
  app.quit();
} else {
  start();
}

function start(): void {
  const userData = app.getPath('userData');
  const windowStateFile = join(userData, 'window-state.json');
  const spoolDir = join(userData, 'print-spool');
  let mainWindow: BrowserWindow | null = null;
  let locale: UiLocale = DEFAULT_LOCALE;
  let pendingStateSave: Promise<void> | null = null;

  const focusMainWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  const updater = createUpdater({ isPackaged: app.isPackaged, locale: () => locale, mainWindow: () => mainWindow });

  const showAbout = () => {
    const box = { type: 'info' as const, title: translate(locale, 'menu.about'), message: 'CaseDesk', detail: translate(locale, 'menu.aboutDetail', { version: app.getVersion() }) };
    void (mainWindow ? dialog.showMessageBox(mainWindow, box) : dialog.showMessageBox(box));
  };

  const applyLocale = (next: UiLocale) => {
    locale = next;
    const template = menuTemplate({
      locale,
      isMac: process.platform === 'darwin',
      isPackaged: app.isPackaged,
      actions: { checkForUpdates: () => void updater.checkFromMenu(), showAbout },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const createMainWindow = async (): Promise<BrowserWindow> => {
    const saved = placeOnDisplays(
      await loadWindowState(windowStateFile),
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const window = hardenWindow({
      width: saved.width,
      height: saved.height,
      ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
      minWidth: MIN_WIDTH,
      minHeight: MIN_HEIGHT,
      show: false, // shown once painted, so the user never sees a blank white frame
      title: 'CaseDesk',
      backgroundColor: '#ffffff',
      // plugins: Chromium's PDF viewer, for the letter preview (a blob: frame of our own rendering); the
      // CSP still forbids <object>/<embed>, and navigation and new windows stay denied (hardenWindow)
      webPreferences: { preload: preloadPath, spellcheck: false, plugins: true },
    });
    if (saved.maximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    window.on('close', () => {
      pendingStateSave = saveWindowState(windowStateFile, stateFromWindow(window.getNormalBounds(), window.isMaximized())).catch(() =>
        console.warn('window state: could not be saved'),
      );
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    window.webContents.on('render-process-gone', (_event, details) => console.error(`renderer gone: ${details.reason}`));
    await window.loadURL(APP_ENTRY_URL);
    return window;
  };

  app.on('second-instance', focusMainWindow);

  // CaseDesk is one window; closing it ends the app, on every platform.
  app.on('window-all-closed', () => app.quit());

  // The window's place is written as it closes; quitting waits for that write.
  app.on('will-quit', (event) => {
    const saving = pendingStateSave;
    if (!saving) return;
    pendingStateSave = null;
    event.preventDefault();
    void saving.then(() => app.quit());
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
    registerPlatformHandlers(
      ipcMain,
      createPlatformHandlers({ applyLocale, focusMainWindow, update: updater.deps, spoolDir }),
      { isAppUrl, contextOf: (event) => ({ window: BrowserWindow.fromWebContents(event.sender) }) },
    );
    applyLocale(locale);
    await sweepSpool(spoolDir);
    mainWindow = await createMainWindow();
    updater.checkInBackground();
  });
}
