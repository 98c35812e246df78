import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { join } from 'node:path';
import { DEFAULT_LOCALE, translate } from '../shared/i18n/messages';
import type { UiLocale } from '../shared/platform/contract';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl } from './appOrigin';
import { createMailboxService, createPlatformHandlers } from './handlers';
import { sweepSpool } from './handlers/printPdf';
import { hardenSession, hardenWebContents, hardenWindow } from './hardenWindow';
import { registerPlatformHandlers } from './ipc';
import { menuTemplate } from './menu';
import { appSchemePrivileges, createAppRequestHandler } from './protocol/appProtocol';
import { SigningActivity } from './update/signingActivity';
import { createUpdater } from './updater';
import { userDataOverride } from './userDataOverride';
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
// secrets), set before anything is read; an installed build ignores it.
const testProfile = userDataOverride(process.env, app.isPackaged);
if (testProfile) app.setPath('userData', testProfile);

// Every web contents the app ever gets — windows, the PDF viewer, anything a
// future version adds — is hardened as it is created, not only the windows
// made through hardenWindow() (Electron security checklist, issue 16).
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

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

  const signingActivity = new SigningActivity(() => Date.now());
  const updater = createUpdater({
    isPackaged: app.isPackaged,
    version: app.getVersion(),
    configPath: join(process.resourcesPath ?? '', 'app-update.yml'),
    locale: () => locale,
    mainWindow: () => mainWindow,
    activity: signingActivity,
  });

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
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
    const mailbox = createMailboxService();
    // the mailbox is read from the start (issue 17); its connections end with the app
    void mailbox.start();
    app.on('before-quit', () => void mailbox.stop());
    registerPlatformHandlers(
      ipcMain,
      createPlatformHandlers({ applyLocale, focusMainWindow, checkForUpdates: updater.check, signingActivity, spoolDir, mailbox }),
      { isAppUrl, contextOf: (event) => ({ window: BrowserWindow.fromWebContents(event.sender) }) },
    );
    applyLocale(locale);
    await sweepSpool(spoolDir);
    mainWindow = await createMainWindow();
    updater.checkInBackground();
  });
}
