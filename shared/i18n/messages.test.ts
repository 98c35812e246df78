import { describe, expect, it } from 'vitest';
import { messages, translate } from './messages';

function leafPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('locale files', () => {
  it('en-US has exactly the keys of zh-CN, none empty', () => {
    const zh = leafPaths(messages['zh-CN']).sort();
    const en = leafPaths(messages['en-US']).sort();
    expect(en).toEqual(zh);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const path of zh) expect(translate(locale, path as never).trim(), `${locale} ${path}`).not.toBe('');
    }
  });

  it('fills placeholders and resolves ids that contain dots', () => {
    expect(translate('zh-CN', 'cases.shown', { shown: 3, total: 200 })).toBe('显示 3 / 200 件');
    expect(translate('en-US', 'cases.shown', { shown: 3, total: 200 })).toBe('Showing 3 of 200');
    expect(translate('zh-CN', 'auditAction.case.created')).toBe('登记案件');
    expect(translate('en-US', 'auditAction.identity.revealed')).toBe('Full ID number revealed');
  });

  it('shows the key itself rather than nothing when a text is missing', () => {
    expect(translate('zh-CN', 'nav.nothing' as never)).toBe('nav.nothing');
  });
});
