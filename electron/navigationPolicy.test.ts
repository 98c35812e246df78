import { describe, expect, it } from 'vitest';
import { mayNavigate, PDF_VIEWER_ORIGIN, permissionGranted } from './navigationPolicy';
import { userDataOverride } from './userDataOverride';

describe('where a frame may navigate', () => {
  it.each(['casedesk://app/index.html', 'casedesk://app/index.html#/cases/1'])('the top frame and subframes may show our own page %s', (url) => {
    expect(mayNavigate(url, true)).toBe(true);
    expect(mayNavigate(url, false)).toBe(true);
  });

  it.each([
    'blob:casedesk://app/5f0c6f5e-3f55-4a0c-9d59-7d1f0c1e2a11',
    'about:srcdoc',
    'about:blank',
    `${PDF_VIEWER_ORIGIN}/index.html`,
  ])('a subframe may show what the app puts there (%s), the top frame may not', (url) => {
    expect(mayNavigate(url, false)).toBe(true);
    expect(mayNavigate(url, true)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:4173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'blob:https://evil.example/5f0c6f5e',
    'casedesk://other/index.html',
    'casedesk://user:pw@app/index.html',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html',
    'not a url',
  ])('no frame may go to %s', (url) => {
    expect(mayNavigate(url, true)).toBe(false);
    expect(mayNavigate(url, false)).toBe(false);
  });
});

describe('permissions, judged by the frame that asks', () => {
  it('grants clipboard text writes and persistent storage to our top-level page only', () => {
    const top = { requestingUrl: 'casedesk://app/index.html', isMainFrame: true };
    expect(permissionGranted('clipboard-sanitized-write', top)).toBe(true);
    expect(permissionGranted('persistent-storage', top)).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem', 'hid', 'usb']) {
      expect(permissionGranted(permission, top)).toBe(false);
    }
  });

  it('refuses a subframe inside our page, and any frame of another origin', () => {
    expect(permissionGranted('clipboard-sanitized-write', { requestingUrl: 'casedesk://app/index.html', isMainFrame: false })).toBe(false);
    expect(permissionGranted('clipboard-sanitized-write', { requestingUrl: 'about:srcdoc', isMainFrame: false })).toBe(false);
    expect(permissionGranted('clipboard-sanitized-write', { requestingUrl: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(permissionGranted('persistent-storage', { requestingUrl: undefined, isMainFrame: true })).toBe(false);
  });
});

describe('CASEDESK_USER_DATA', () => {
  it('is honoured from a checkout with an absolute path only', () => {
    expect(userDataOverride({ CASEDESK_USER_DATA: '/tmp/profile' }, false)).toBe('/tmp/profile');
    expect(userDataOverride({ CASEDESK_USER_DATA: 'relative/profile' }, false)).toBeNull();
    expect(userDataOverride({}, false)).toBeNull();
  });

  it('is ignored by an installed build', () => {
    expect(userDataOverride({ CASEDESK_USER_DATA: '/tmp/profile' }, true)).toBeNull();
  });
});
