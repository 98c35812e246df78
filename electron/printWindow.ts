import type { BrowserWindow } from 'electron';
import type { PrintOutcome } from './handlers/printPdf';
import { hardenWindow } from './hardenWindow';

/**
 * Loads a PDF file in a hidden, hardened window with Chromium's PDF viewer
 * and opens the system print dialog for it. Printing a PDF this way printed
 * blank pages until Electron 32 (electron/electron#30947, fixed by #43309);
 * Electron 45 has the fix.
 */
export function printPdfFile(filePath: string, parent: BrowserWindow | null): Promise<PrintOutcome> {
  const window = hardenWindow({
    show: false,
    ...(parent ? { parent } : {}),
    webPreferences: { plugins: true, backgroundThrottling: false },
  });
  return new Promise<PrintOutcome>((resolve) => {
    const finish = (outcome: PrintOutcome) => {
      if (!window.isDestroyed()) window.destroy();
      resolve(outcome);
    };
    window.webContents.once('did-fail-load', (_event, errorCode) => finish({ printed: false, reason: 'failed', detail: `load failed (${errorCode})` }));
    window.webContents.once('did-finish-load', () => {
      window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success) finish({ printed: true });
        else finish({ printed: false, reason: /cancel/i.test(failureReason) ? 'cancelled' : 'failed', detail: failureReason });
      });
    });
    window.on('closed', () => resolve({ printed: false, reason: 'failed', detail: 'print window closed' }));
    window.loadFile(filePath).catch(() => undefined); // failures arrive as did-fail-load
  });
}
