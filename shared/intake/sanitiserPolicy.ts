import type { MailAttachment } from './parsedMessage';

/**
 * What the renderer must do before an HTML mail body is shown (SPEC §1:
 * "HTML-only mail displayed sanitised, never with scripts, remote images or
 * links that open inside the app"). The sanitising itself is htmlSanitise.ts,
 * run in the intake worker (issue 12); this is the policy it applies, kept
 * here so it is written once, testable, and readable without the UI.
 */
export const htmlMailPolicy = {
  /** active content, embedding, forms and document-level elements */
  forbidTags: [
    'script', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
    'form', 'input', 'button', 'select', 'option', 'textarea', 'fieldset',
    'link', 'meta', 'base', 'svg', 'math', 'audio', 'video', 'source', 'track',
  ],
  /** every `on…` event handler, plus attributes that fetch or submit */
  forbidAttributes: ['action', 'formaction', 'srcset', 'background', 'ping', 'poster', 'lowsrc', 'dynsrc', 'http-equiv'],
  forbidAttributePattern: /^on/i,
  /**
   * Images load only from the message itself: `cid:` (an inline part, shown
   * through a blob: URL) and `data:`. A remote image is a tracking beacon
   * telling the sender the mail was read, and needs the network.
   */
  imageSchemes: ['cid', 'data', 'blob'],
  /**
   * Links never navigate the app or the frame: the sanitised copy keeps the
   * text and drops `href`; the UI lists the targets beside the message, and
   * an http(s) target opens only in the system browser through the platform
   * contract, after the officer chooses to.
   */
  linkSchemesListed: ['http', 'https', 'mailto'],
  /** the sandboxed frame: no scripts, no same-origin, no forms, no popups, no top navigation */
  frameSandbox: '',
  /** CSP for the frame's document: nothing remote, inline styles only (mail layout depends on them) */
  frameCsp: "default-src 'none'; img-src cid: data: blob:; style-src 'unsafe-inline'; font-src data:",
} as const;

/** The scheme of a URL, lower-cased (`cid`, `https`…), or '' for a relative one. */
export function urlScheme(url: string): string {
  const m = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  return m ? m[1]!.toLowerCase() : '';
}

export function isAllowedImageSource(url: string): boolean {
  return (htmlMailPolicy.imageSchemes as readonly string[]).includes(urlScheme(url));
}

/** The inline attachment a `cid:` URL names (RFC 2392: `cid:` + the Content-ID, URL-encoded). */
export function attachmentForCid(url: string, attachments: readonly MailAttachment[]): MailAttachment | undefined {
  if (urlScheme(url) !== 'cid') return undefined;
  let id = url.trim().slice(4);
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed escape: compare as written
  }
  return attachments.find((a) => a.contentId === id.replace(/^<|>$/g, ''));
}
