import type { MenuItemConstructorOptions } from 'electron';
import { translator } from '../shared/i18n/messages';
import type { UiLocale } from '../shared/platform/contract';

export interface MenuActions {
  checkForUpdates(): void;
  showAbout(): void;
}

export interface MenuOptions {
  locale: UiLocale;
  isMac: boolean;
  /** Developer tools only in a build run from a checkout, never for users. */
  isPackaged: boolean;
  actions: MenuActions;
}

/**
 * The application menu in the interface language (SPEC §7: "application menu
 * in both languages"). Standard commands use Electron roles so that they
 * behave natively on each platform; only their labels are ours.
 */
export function menuTemplate({ locale, isMac, isPackaged, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const t = translator(locale);
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: t('menu.reload') },
    ...(isPackaged ? [] : [{ role: 'toggleDevTools', label: t('menu.toggleDevTools') } as const]),
    { type: 'separator' },
    { role: 'resetZoom', label: t('menu.resetZoom') },
    { role: 'zoomIn', label: t('menu.zoomIn') },
    { role: 'zoomOut', label: t('menu.zoomOut') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: t('menu.file'), submenu: [isMac ? { role: 'close', label: t('menu.closeWindow') } : { role: 'quit', label: t('menu.quit') }] },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    { label: t('menu.view'), submenu: view },
    {
      label: t('menu.window'),
      submenu: [
        { role: 'minimize', label: t('menu.minimize') },
        { role: 'close', label: t('menu.closeWindow') },
      ],
    },
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [
        { label: t('menu.checkForUpdates'), click: () => actions.checkForUpdates() },
        { type: 'separator' },
        { label: t('menu.about'), click: () => actions.showAbout() },
      ],
    },
  ];
}
