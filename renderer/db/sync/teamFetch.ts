import type { PlatformApi } from '../../../shared/platform/contract';

/**
 * PouchDB's http adapter asks for `fetch`; the app gives it one that hands
 * each request to the host (`teamRequest`): the desktop's main process or
 * the web host's server add the credentials and reach the team server, so
 * the page keeps `connect-src 'self'` and never holds the password on the
 * desktop. A request the host could not carry is a network error to PouchDB,
 * which retries by itself.
 */
export const TEAM_BASE_URL = 'https://team.casedesk.invalid';

export function teamFetch(platform: Pick<PlatformApi, 'teamRequest'>): (input: string | Request, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    if (url.origin !== TEAM_BASE_URL) throw new TypeError('not a request for the team server');
    const signal = init?.signal;
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const method = (init?.method ?? 'GET').toUpperCase();
    if (!['GET', 'HEAD', 'POST', 'PUT', 'DELETE'].includes(method)) throw new TypeError(`method ${method}`);
    const headers = new Headers(init?.headers);
    const body = await bodyBytes(init?.body);
    const call = platform.teamRequest({
      method: method as 'GET',
      path: url.pathname,
      query: url.search,
      ...(headers.get('content-type') ? { contentType: headers.get('content-type')! } : {}),
      ...(body ? { body } : {}),
    });
    const answer = await (signal ? Promise.race([call, aborted(signal)]) : call);
    if (!answer.ok || answer.value.status === 0) throw new TypeError(`the team server could not be reached (${answer.ok ? 'no answer' : answer.error.code})`);
    const { status, contentType } = answer.value;
    return new Response(method === 'HEAD' || status === 204 || status === 304 ? null : answer.value.body, { status, headers: { 'content-type': contentType } });
  };
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));
}

async function bodyBytes(body: BodyInit | null | undefined): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return Uint8Array.from(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  return new Uint8Array(await new Response(body).arrayBuffer());
}
