import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../shared/platform/result';
import { decodeFrame, encodeFrame } from '../../shared/platform/wireFrame';
import { createApiRoutes } from './apiRoutes';
import { answersWithToken, newToken } from './healthProof';
import { PortTakenError, SESSION_HEADER, startWebHost } from './server';

// Ports from this suite's range (43160–43179): the web host under test, and one an "impostor" takes first.
const PORT = 43164;
const TAKEN_PORT = 43165;
const ORIGIN = `http://127.0.0.1:${PORT}`;

let base: string;
let host: Awaited<ReturnType<typeof startWebHost>>;
const launchToken = newToken();
const sessionToken = newToken();

/** A raw request, so that Host and Origin are exactly what a test says (fetch would set its own Host). */
function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: Uint8Array } = {}, port = PORT) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...init.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'casedesk-webhost-'));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><html><head><title>CaseDesk</title></head><body></body></html>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-CLUi0Bu2.js'), 'console.log(2)');
  await writeFile(join(root, 'assets', 'NotoSansSC.ttf'), 'font');
  await writeFile(join(base, 'secrets.json'), 'TOP SECRET');
  const api = createApiRoutes({ appInfo: async () => ok({ name: 'CaseDesk', version: '0.1.0', host: 'web' as const, runtime: 'node', os: 'linux' }) }, () => undefined);
  host = await startWebHost({ root, port: PORT, launchToken, sessionToken, api });
});
afterAll(async () => {
  await host?.close();
  await rm(base, { recursive: true, force: true });
});

describe('web host server', () => {
  it('serves the page with framing forbidden by header, and with this launch\'s session token in it', async () => {
    const page = await raw('/');
    expect(page.status).toBe(200);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).not.toContain('ws:');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body.toString()).toContain(`<meta name="casedesk-session" content="${sessionToken}" />`);
  });

  it('sends the policies with every file, lets only fonts be read across origins, and falls back to the page for routes', async () => {
    const script = await raw('/assets/app.js');
    expect(script.headers['x-frame-options']).toBe('DENY');
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.headers['access-control-allow-origin']).toBeUndefined();
    expect((await raw('/assets/NotoSansSC.ttf')).headers['access-control-allow-origin']).toBe('*');
    expect((await raw('/cases/123')).body.toString()).toContain('<title>CaseDesk</title>');
    expect((await raw('/assets/missing.js')).status).toBe(404);
  });

  it('lets the browser keep hashed assets, never the page that carries the session token', async () => {
    expect((await raw('/assets/index-CLUi0Bu2.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw('/')).headers['cache-control']).toBe('no-store');
    expect((await raw('/assets/app.js')).headers['cache-control']).toBe('no-store');
  });

  it.each(['/../secrets.json', '/%2e%2e/secrets.json', '/assets/..%2f..%2fsecrets.json'])('never serves a file outside the renderer: %s', async (path) => {
    const answer = await raw(path);
    expect(answer.body.toString()).not.toContain('TOP SECRET');
    expect(answer.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const answer = await raw('/', { headers: { host: `evil.example:${PORT}` } });
    expect(answer.status).toBe(421);
    expect(answer.body.toString()).not.toContain('casedesk-session');
  });

  it('proves the launch token to whoever asks, without showing it', async () => {
    expect(await answersWithToken(ORIGIN, launchToken)).toBe(true);
    expect(await answersWithToken(ORIGIN, newToken())).toBe(false);
    const answer = await raw('/__casedesk/health?challenge=0123456789abcdef');
    expect(answer.body.toString()).not.toContain(launchToken);
  });

  it('refuses to start on a taken port rather than move to another one', async () => {
    const impostor: Server = createHttpServer((_req, res) => res.end('{"app":"casedesk","proof":"00"}'));
    await new Promise<void>((resolve) => impostor.listen(TAKEN_PORT, '127.0.0.1', resolve));
    try {
      await expect(startWebHost({ root: base, port: TAKEN_PORT, launchToken, sessionToken })).rejects.toBeInstanceOf(PortTakenError);
      // and the launcher's check tells the impostor apart
      expect(await answersWithToken(`http://127.0.0.1:${TAKEN_PORT}`, launchToken)).toBe(false);
    } finally {
      await new Promise<void>((resolve) => impostor.close(() => resolve()));
    }
  });

  describe('/api/ (platform messages answered by the server)', () => {
    const call = (headers: Record<string, string>, body = encodeFrame({})) =>
      raw('/api/appInfo', { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body });

    it('answers our own page, with the session token, as a checked Result', async () => {
      const answer = await call({ origin: ORIGIN, [SESSION_HEADER]: sessionToken });
      expect(answer.status).toBe(200);
      expect(decodeFrame(answer.body)).toMatchObject({ ok: true, value: { name: 'CaseDesk', host: 'web' } });
    });

    it('refuses a call without the session token, from another origin, or of another type', async () => {
      expect((await call({ origin: ORIGIN })).status).toBe(403);
      expect((await call({ origin: 'https://evil.example', [SESSION_HEADER]: sessionToken })).status).toBe(403);
      expect((await call({ origin: ORIGIN, [SESSION_HEADER]: sessionToken, 'content-type': 'text/plain' })).status).toBe(415);
      expect((await raw('/api/appInfo', { headers: { [SESSION_HEADER]: sessionToken } })).status).toBe(405);
    });

    it('answers a message it does not serve with 404, and a bad argument with invalid-argument', async () => {
      expect((await raw('/api/secretGet', { method: 'POST', headers: { 'content-type': 'application/octet-stream', [SESSION_HEADER]: sessionToken }, body: encodeFrame({ name: 'x' }) })).status).toBe(404);
      const bad = await call({ origin: ORIGIN, [SESSION_HEADER]: sessionToken }, encodeFrame({ extra: 1 }));
      expect(decodeFrame(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      const notAFrame = await call({ origin: ORIGIN, [SESSION_HEADER]: sessionToken }, new Uint8Array([1, 2, 3]));
      expect(decodeFrame(notAFrame.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    });
  });
});
