import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, resolveAssetPath } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

// A built renderer in dist/renderer, with a file beside it that must never be served.
let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'casedesk-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>CaseDesk</title>');
  await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log("app")');
  await writeFile(join(root, 'assets', 'index-abc123.css'), 'body{}');
  await writeFile(join(root, 'assets', 'NotoSansSC.ttf'), 'font');
  await writeFile(join(root, 'assets', 'blob.xyz'), 'opaque');
  await writeFile(join(base, 'secrets.json'), 'TOP SECRET');
  serve = createAppRequestHandler(root);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app protocol', () => {
  it('serves index.html for the origin, with the CSP header and nosniff', async () => {
    const response = await get('casedesk://app/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>CaseDesk</title>');
  });

  it.each([
    ['assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc123.css', 'text/css; charset=utf-8'],
    ['assets/NotoSansSC.ttf', 'font/ttf'],
    ['assets/blob.xyz', 'application/octet-stream'],
  ])('serves %s as %s, without a CSP header', async (path, type) => {
    const response = await get(`casedesk://app/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it.each([
    'casedesk://app/..%2fsecrets.json',
    'casedesk://app/assets/..%2f..%2fsecrets.json',
    'casedesk://app/%2e%2e%2fsecrets.json',
    'casedesk://app/assets%2f..%2f..%2fsecrets.json',
    'casedesk://app/..%5csecrets.json',
    'casedesk://app/index.html%00.js',
    'casedesk://app/%E0%A4%A',
  ])('refuses path traversal and malformed paths: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('never serves a file outside the root, even for paths the URL parser normalises', async () => {
    for (const url of ['casedesk://app/../secrets.json', 'casedesk://app/%2e%2e/secrets.json', 'casedesk://app/assets/../../secrets.json']) {
      const response = await get(url);
      expect(response.status).not.toBe(200);
      expect(await response.text()).not.toContain('TOP SECRET');
    }
  });

  it('answers 404 for a missing asset and index.html for an app route', async () => {
    expect((await get('casedesk://app/assets/missing.js')).status).toBe(404);
    const route = await get('casedesk://app/cases/CL-2026-001');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>CaseDesk</title>');
    expect(route.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves only its own host and only reads', async () => {
    expect((await get('casedesk://evil/index.html')).status).toBe(404);
    expect((await get('casedesk://app/index.html', 'POST')).status).toBe(405);
    const head = await get('casedesk://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('resolveAssetPath', () => {
  it('maps the root to index.html and refuses dot segments', () => {
    expect(resolveAssetPath('/srv/renderer', '/')).toBe('/srv/renderer/index.html');
    expect(resolveAssetPath('/srv/renderer', '/assets/a.js')).toBe('/srv/renderer/assets/a.js');
    expect(resolveAssetPath('/srv/renderer', '/assets/../../etc/passwd')).toBeNull();
    expect(resolveAssetPath('/srv/renderer', '/./index.html')).toBeNull();
  });
});
