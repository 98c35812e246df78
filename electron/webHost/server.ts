import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { resolveAssetPath } from '../protocol/assetPath';
import { mimeTypeFor } from '../protocol/mimeTypes';
import { API_PREFIX, type ApiRoutes } from './apiRoutes';
import { HEALTH_PATH, proofFor } from './healthProof';
import { headersFor, isOwnHost, SECURITY_HEADERS } from './securityHeaders';

/**
 * The web host (issue 16): the built renderer served on 127.0.0.1 for
 * development, the e2e suite and single-user use on one machine, by a small
 * server of our own rather than `vite preview`, because the app's origin is
 * its case store: the port is fixed and never silently changed, every answer
 * carries the framing and content policies, a Host other than our own
 * loopback name is refused (DNS rebinding), a health endpoint proves the
 * per-launch token to `npm start`, and the few platform messages that need
 * Node (the mailbox) are answered under /api/.
 */
export interface WebHostOptions {
  /** the built renderer, dist/renderer */
  root: string;
  port: number;
  /** this launch's token: the health endpoint proves it, never shows it */
  launchToken: string;
  /** the token the page sends with every /api/ call; written into the page it is served with */
  sessionToken: string;
  api?: ApiRoutes;
  /** routes of this server only, not platform messages (the mailbox's restore), under /api/ with the same checks */
  privateRoutes?: Readonly<Record<string, (body: Uint8Array) => Promise<Uint8Array>>>;
  log?: (message: string) => void;
}

export class PortTakenError extends Error {
  override readonly name = 'PortTakenError';
  constructor(readonly port: number) {
    super(`port ${port} on 127.0.0.1 is already in use`);
  }
}

/** The largest /api/ call body: a reply of 25 MB of attachments, framed, fits well within it. */
export const MAX_API_BODY_BYTES = 64 * 1024 * 1024;

export const SESSION_HEADER = 'x-casedesk-session';
export const SESSION_META = 'casedesk-session';

function send(res: ServerResponse, status: number, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers, 'Content-Length': String(bytes.byteLength) });
  res.end(bytes);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The page with this launch's session token in a <meta> the web host adapter reads (a page of another origin cannot read it). */
export function withSessionToken(html: string, token: string): string {
  return html.replace(/<head>/i, `<head>\n    <meta name="${SESSION_META}" content="${token}" />`);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const piece = chunk as Buffer;
    size += piece.byteLength;
    if (size > limit) return null;
    chunks.push(piece);
  }
  return Buffer.concat(chunks);
}

export function createWebHostHandler(options: WebHostOptions) {
  const root = resolve(options.root);
  const origin = `http://127.0.0.1:${options.port}`;
  const log = options.log ?? ((m: string) => console.warn(m));

  async function serveFile(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const filePath = resolveAssetPath(root, pathname);
    if (filePath === null) return send(res, 403, 'Forbidden');
    let served = filePath;
    let body: Buffer;
    try {
      body = await readFile(filePath);
    } catch {
      // a client-side route survives a reload; a missing asset is a 404
      if (extname(filePath) !== '') return send(res, 404, 'Not found');
      served = resolve(root, 'index.html');
      try {
        body = await readFile(served);
      } catch {
        return send(res, 404, 'Not found: build the renderer first (npm run build:renderer)');
      }
    }
    const contentType = mimeTypeFor(served);
    const bytes = contentType.startsWith('text/html') ? Buffer.from(withSessionToken(body.toString('utf8'), options.sessionToken), 'utf8') : body;
    res.writeHead(200, { ...headersFor(served), 'Content-Type': contentType, 'Content-Length': String(bytes.byteLength) });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const api = options.api;
    const privateRoute = options.privateRoutes && Object.hasOwn(options.privateRoutes, name) ? options.privateRoutes[name] : undefined;
    if (!privateRoute && (!api || !api.answers(name))) return send(res, 404, 'Not found');
    if (req.method !== 'POST') return send(res, 405, 'Method not allowed', { Allow: 'POST' });
    // a page of another origin (a site the officer visits) can send a POST here but never
    // with our Origin, nor with the session token it cannot read
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'Forbidden origin');
    const session = req.headers[SESSION_HEADER];
    if (typeof session !== 'string' || !sameSecret(session, options.sessionToken)) return send(res, 403, 'Forbidden');
    if (req.headers['content-type'] !== 'application/octet-stream') return send(res, 415, 'Unsupported media type');
    const body = await readBody(req, MAX_API_BODY_BYTES);
    if (body === null) return send(res, 413, 'Too large');
    const answer = privateRoute ? await privateRoute(body) : await api!.call(name, body);
    send(res, 200, answer, { 'Content-Type': 'application/octet-stream' });
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (!isOwnHost(req.headers.host, options.port)) return send(res, 421, 'Misdirected request');
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname === HEALTH_PATH) {
        const challenge = url.searchParams.get('challenge') ?? '';
        if (!/^[0-9a-f]{16,128}$/.test(challenge)) return send(res, 400, 'Bad challenge');
        return send(res, 200, JSON.stringify({ app: 'casedesk', proof: proofFor(options.launchToken, challenge) }), { 'Content-Type': 'application/json' });
      }
      if (url.pathname.startsWith(API_PREFIX)) return await serveApi(req, res, url.pathname.slice(API_PREFIX.length));
      return await serveFile(req, res, url.pathname);
    } catch (error) {
      log(`web host: request failed (${error instanceof Error ? error.name : typeof error})`);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    }
  };
}

/**
 * Starts listening on 127.0.0.1:`port`, exclusively. A taken port is a
 * PortTakenError with the port in it — never another port: another port is
 * another origin, with an empty case store.
 */
export function startWebHost(options: WebHostOptions): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const handler = createWebHostHandler(options);
  const server = createServer((req, res) => void handler(req, res));
  // long-polling mailbox calls hold a request open for up to a minute
  server.requestTimeout = 5 * 60_000;
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortTakenError(options.port) : error));
    server.listen({ host: '127.0.0.1', port: options.port, exclusive: true }, () => {
      resolvePromise({
        server,
        url: `http://127.0.0.1:${options.port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
