import { Tokenizer } from 'htmlparser2';
import { base64 } from '../mail/eml';
import type { MailAttachment } from './parsedMessage';
import { attachmentForCid, htmlMailPolicy, urlScheme } from './sanitiserPolicy';

/**
 * An HTML mail body made safe to show (SPEC §1: "displayed sanitised, never
 * with scripts, remote images or links that open inside the app"), in one
 * forward pass over htmlparser2's tokenizer (issue 12: sanitising must not
 * stall; it runs in the intake worker, where there is no DOM, so DOMPurify
 * cannot; and a tree builder keeps a stack of open elements that a hostile
 * body makes quadratic, so only the tokenizer is used).
 *
 * What comes out is rebuilt from an allow-list, never copied: only the
 * elements and attributes below, every value re-escaped and quoted, text
 * escaped. The viewer's frame (sandbox="", its own CSP, no network) is the
 * second fence; the browser's parser mends any nesting this leaves open.
 * - scripts, forms, frames, embeds, SVG/MathML and document-level elements
 *   are removed with their content where the content is not text a reader
 *   sees (htmlMailPolicy.forbidTags), every `on…` handler and every attribute
 *   not listed;
 * - `cid:` images become data: URLs of the message's own inline parts (a
 *   sandboxed frame has an opaque origin: it may not load the app's blob:
 *   URLs); data: images stay; every other image is removed and counted — a
 *   remote image is a read receipt for the sender;
 * - `url(…)` in styles is emptied unless it is data:, and `@import` dropped;
 * - links keep their text but lose `href`; their targets are listed apart.
 */

export interface ViewedHtml {
  /** the sanitised body, for the frame */
  html: string;
  /** remote or unresolvable images and style urls removed */
  blockedImages: number;
  /** http, https and mailto link targets, in order, without duplicates */
  links: string[];
  /** the body was longer than the viewer shows; the rest is in the raw message */
  truncated: boolean;
}

/** Elements kept (their tags; content is kept for every element not in DROP_WITH_CONTENT). */
const ALLOWED = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code',
  'col', 'colgroup', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 's', 'samp',
  'section', 'small', 'span', 'strike', 'strong', 'style', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time',
  'tr', 'tt', 'u', 'ul', 'var', 'wbr',
]);

/** Elements whose content goes with them: code, embedded documents, or text no reader sees. */
const DROP_WITH_CONTENT = new Set([
  ...htmlMailPolicy.forbidTags.filter((t) => !['form', 'fieldset', 'button', 'input', 'link', 'meta', 'base', 'source', 'track'].includes(t)),
  'title', 'noembed', 'noframes', 'xmp', 'plaintext',
]);

const VOID = new Set(['br', 'col', 'hr', 'img', 'wbr', 'area', 'base', 'embed', 'input', 'link', 'meta', 'source', 'track', 'param', 'keygen']);

const ATTRIBUTES = new Set([
  'align', 'alt', 'bgcolor', 'border', 'cellpadding', 'cellspacing', 'class', 'color', 'cols', 'colspan', 'dir', 'face', 'headers',
  'height', 'hspace', 'lang', 'nowrap', 'rows', 'rowspan', 'scope', 'size', 'span', 'start', 'style', 'summary', 'title', 'type',
  'valign', 'vspace', 'width', 'src', 'datetime', 'cite',
]);

/** The viewer shows this much sanitised HTML; a longer body is cut at a tag boundary and says so. */
export const MAX_VIEWED_HTML = 1024 * 1024;

const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeAttribute = (text: string) => text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/**
 * Empties every `url(…)` whose target is not data:, and drops `@import`
 * rules, in linear time (issue 12: the pattern this replaced rescanned the
 * rest of the text for every `url(`, and 160 KB of them froze the window for
 * 8 s). An unclosed `url(` takes the rest of the style with it.
 */
export function cleanCss(css: string): { css: string; blocked: number } {
  let blocked = 0;
  const withoutImports = css.replace(/@import\b[^;{}]*;?/gi, () => {
    blocked++;
    return '';
  });
  const out: string[] = [];
  const opener = /url\s*\(/gi;
  let copied = 0;
  for (let m = opener.exec(withoutImports); m; m = opener.exec(withoutImports)) {
    const close = withoutImports.indexOf(')', opener.lastIndex);
    out.push(withoutImports.slice(copied, m.index));
    if (close < 0) {
      blocked++;
      copied = withoutImports.length;
      break;
    }
    const target = withoutImports.slice(opener.lastIndex, close).trim().replace(/^(['"])([\s\S]*)\1$/, '$2').trim();
    if (urlScheme(target) === 'data') out.push(withoutImports.slice(m.index, close + 1));
    else {
      blocked++;
      out.push('none');
    }
    copied = close + 1;
    opener.lastIndex = close + 1;
  }
  out.push(withoutImports.slice(copied));
  // `<` could end the <style> element it sits in; IE-era script hooks have no business in mail
  return { css: out.join('').replace(/</g, '').replace(/expression\s*\(|behavior\s*:|-moz-binding/gi, ''), blocked };
}

interface OpenTag {
  name: string;
  attributes: [string, string][];
}

export function sanitiseMailHtml(html: string, attachments: readonly MailAttachment[]): ViewedHtml {
  const out: string[] = [];
  let length = 0;
  let truncated = false;
  let blockedImages = 0;
  const links = new Set<string>();
  /** elements whose content is being dropped, innermost last */
  const dropping: string[] = [];
  let inStyle = false;
  let tag: OpenTag | undefined;
  let attributeName = '';
  let attributeValue = '';

  /** Appends markup or escaped text; past the limit, text is cut (never inside an entity) and markup dropped. */
  const emit = (piece: string, isText = false) => {
    if (truncated) return;
    if (length + piece.length > MAX_VIEWED_HTML) {
      truncated = true;
      if (!isText) return;
      let fits = piece.slice(0, MAX_VIEWED_HTML - length);
      const amp = fits.lastIndexOf('&');
      if (amp > fits.lastIndexOf(';')) fits = fits.slice(0, amp);
      out.push(fits);
      length += fits.length;
      return;
    }
    out.push(piece);
    length += piece.length;
  };

  const imageSource = (value: string): string | undefined => {
    const part = attachmentForCid(value, attachments);
    if (part) return `data:${part.mimeType};base64,${base64(part.bytes)}`;
    // of the policy's image schemes only data: can load in the frame: an unresolved cid: names nothing, a blob: is refused
    if (urlScheme(value) === 'data' && /^\s*data:image\//i.test(value)) return value.trim();
    return undefined;
  };

  const openTag = (t: OpenTag, selfClosing: boolean) => {
    if (dropping.length > 0) {
      if (DROP_WITH_CONTENT.has(t.name) && !selfClosing && !VOID.has(t.name)) dropping.push(t.name);
      return;
    }
    if (t.name === 'a') {
      const href = t.attributes.find(([n]) => n === 'href')?.[1].trim();
      if (href && (htmlMailPolicy.linkSchemesListed as readonly string[]).includes(urlScheme(href))) links.add(href);
    }
    if (DROP_WITH_CONTENT.has(t.name)) {
      if (!selfClosing && !VOID.has(t.name)) dropping.push(t.name);
      return;
    }
    if (!ALLOWED.has(t.name)) return;
    const kept: string[] = [];
    for (const [name, value] of t.attributes) {
      if (!ATTRIBUTES.has(name) || htmlMailPolicy.forbidAttributePattern.test(name)) continue;
      if (name === 'src') {
        if (t.name !== 'img') continue;
        const source = imageSource(value);
        if (!source) {
          blockedImages++;
          return; // an image whose source was removed is a blank box (or a 1×1 beacon): it goes altogether
        }
        kept.push(`src="${escapeAttribute(source)}"`);
        continue;
      }
      if (name === 'style') {
        const cleaned = cleanCss(value);
        blockedImages += cleaned.blocked;
        kept.push(`style="${escapeAttribute(cleaned.css)}"`);
        continue;
      }
      kept.push(`${name}="${escapeAttribute(value)}"`);
    }
    if (t.name === 'img' && !t.attributes.some(([n]) => n === 'src')) return;
    emit(`<${t.name}${kept.length ? ' ' + kept.join(' ') : ''}>`);
    if (t.name === 'style' && !selfClosing) inStyle = true;
  };

  const closeTag = (name: string) => {
    if (dropping.length > 0) {
      if (dropping[dropping.length - 1] === name) dropping.pop();
      return;
    }
    if (name === 'style') inStyle = false;
    if (ALLOWED.has(name) && !VOID.has(name)) emit(`</${name}>`);
  };

  const text = (value: string) => {
    if (dropping.length > 0 || value === '') return;
    if (inStyle) {
      const cleaned = cleanCss(value);
      blockedImages += cleaned.blocked;
      emit(cleaned.css, true);
    } else emit(escapeText(value), true);
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = { name: html.slice(start, end).toLowerCase(), attributes: [] };
      },
      onattribname(start, end) {
        attributeName = html.slice(start, end).toLowerCase();
        attributeValue = '';
      },
      onattribdata(start, end) {
        attributeValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attributeValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        // the first of a repeated attribute counts, as in a browser; a tag keeps at most 64 of them
        if (tag && tag.attributes.length < 64 && !tag.attributes.some(([n]) => n === attributeName)) tag.attributes.push([attributeName, attributeValue]);
      },
      onopentagend() {
        if (tag) openTag(tag, false);
        tag = undefined;
      },
      onselfclosingtag() {
        if (tag) openTag(tag, true);
        tag = undefined;
      },
      onclosetag(start, end) {
        closeTag(html.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        text(html.slice(start, end));
      },
      ontextentity(codepoint) {
        text(String.fromCodePoint(codepoint));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return { html: out.join(''), blockedImages, links: [...links], truncated };
}

/** The link targets of an HTML body that the UI may list for opening outside the app (http, https, mailto). */
export function listedLinks(html: string): string[] {
  return sanitiseMailHtml(html, []).links;
}
