import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from './menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return { locale: 'zh-CN', isMac: false, isPackaged: true, actions: { checkForUpdates: vi.fn(), showAbout: vi.fn() }, ...overrides };
}

function findItem(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = Array.isArray(item.submenu) ? findItem(item.submenu, label) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

describe('application menu', () => {
  it('speaks Chinese by default and English when switched', () => {
    const zh = labels(menuTemplate(options()));
    const en = labels(menuTemplate(options({ locale: 'en-US' })));
    expect(zh).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '窗口', '帮助', '检查更新…', '关于 CaseDesk', '退出']));
    expect(en).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help', 'Check for Updates…', 'About CaseDesk', 'Quit']));
    expect(en).not.toContain('文件');
    // Every item has a label in the chosen language: a missing key would show as its dotted path.
    expect([...zh, ...en].filter((l) => /^menu\./.test(l))).toEqual([]);
  });

  it('offers developer tools only when not packaged', () => {
    expect(labels(menuTemplate(options({ isPackaged: false })))).toContain('开发者工具');
    expect(labels(menuTemplate(options({ isPackaged: true })))).not.toContain('开发者工具');
  });

  it('runs the update check and the about box from Help', () => {
    const actions = { checkForUpdates: vi.fn(), showAbout: vi.fn() };
    const template = menuTemplate(options({ locale: 'en-US', actions }));
    const click = (label: string) => (findItem(template, label)?.click as (() => void) | undefined)?.();
    click('Check for Updates…');
    click('About CaseDesk');
    expect(actions.checkForUpdates).toHaveBeenCalledOnce();
    expect(actions.showAbout).toHaveBeenCalledOnce();
  });
});
