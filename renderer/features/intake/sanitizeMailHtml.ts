import DOMPurify from 'dompurify';
import appFontUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { attachmentForCid, htmlMailPolicy, isAllowedImageSource, urlScheme, type MailAttachment } from '../../../shared/intake';

/**
 * An HTML mail body made safe to show (SPEC §1: "displayed sanitised, never
 * with scripts, remote images or links that open inside the app"), following
 * the shared htmlMailPolicy with DOMPurify:
 * - scripts, forms, frames, embeds and document-level elements are removed,
 *   and every `on…` handler;
 * - `cid:` images become data: URLs of the message's own inline parts. Not
 *   blob: URLs: a sandboxed frame has an opaque origin, and Chromium refuses
 *   it the app's blob: URLs ("Not allowed to load local resource");
 * - every other image source (remote or relative) is removed and counted: a
 *   remote image is a read receipt for the sender;
 * - `url(…)` in styles is emptied unless it is data:, for the same reason;
 * - links keep their text but lose `href` (the viewer lists the targets).
 * The frame's own CSP and sandbox (MailHtmlFrame) are the second fence.
 */
export interface SanitisedMail {
  html: string;
  blockedImages: number;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const CSS_URL = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;

/** Empties every url(…) whose target is not data:, and drops @import rules. */
export function neutraliseCss(css: string): { css: string; blocked: number } {
  let blocked = 0;
  const withoutImports = css.replace(/@import[^;]*;?/gi, () => {
    blocked++;
    return '';
  });
  const cleaned = withoutImports.replace(CSS_URL, (whole, _quote: string, target: string) => {
    if (urlScheme(target) === 'data') return whole;
    blocked++;
    return 'none';
  });
  return { css: cleaned, blocked };
}

export function sanitizeMailHtml(html: string, attachments: readonly MailAttachment[]): SanitisedMail {
  // a fresh instance: hooks belong to one call, and nothing else shares them
  const purify = DOMPurify(window);
  let blockedImages = 0;

  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style' && node.textContent) {
      const { css, blocked } = neutraliseCss(node.textContent);
      blockedImages += blocked;
      node.textContent = css;
    }
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    if (htmlMailPolicy.forbidAttributePattern.test(name)) {
      data.keepAttr = false;
      return;
    }
    if (name === 'style') {
      const { css, blocked } = neutraliseCss(data.attrValue);
      blockedImages += blocked;
      data.attrValue = css;
      return;
    }
    if (node.nodeName === 'IMG' && name === 'src') {
      const part = attachmentForCid(data.attrValue, attachments);
      if (part) data.attrValue = `data:${part.mimeType};base64,${bytesToBase64(part.bytes)}`;
      // of the policy's image schemes only data: can load in the frame: an unresolved cid: names nothing, a blob: is refused
      else if (!isAllowedImageSource(data.attrValue) || urlScheme(data.attrValue) !== 'data') {
        blockedImages++;
        data.keepAttr = false;
      }
      return;
    }
    // links are listed beside the message and opened only through the platform, never from the frame
    if (name === 'href' || name === 'target' || name === 'xlink:href') data.keepAttr = false;
  });

  const fragment = purify.sanitize(html, {
    FORBID_TAGS: [...htmlMailPolicy.forbidTags],
    FORBID_ATTR: [...htmlMailPolicy.forbidAttributes],
    ALLOW_DATA_ATTR: false,
    // keeps a leading <style> (mail layout lives there) instead of losing it with the <head>
    FORCE_BODY: true,
    RETURN_DOM_FRAGMENT: true,
  });
  // an image whose source was removed is a blank box (or a 1×1 beacon): it goes altogether
  for (const img of fragment.querySelectorAll('img:not([src])')) img.remove();
  const container = document.createElement('div');
  container.append(fragment);
  return { html: container.innerHTML, blockedImages };
}

/**
 * The frame's whole document: its own CSP (no remote anything), the sanitised
 * body, styles for reading. The app's own CJK font is the one thing it may
 * load, by absolute URL: the frame is an opaque origin, so the app serves its
 * font files with CORS (renderer/vite.config.ts, electron/protocol) and the
 * frame's CSP names exactly that file. Machines without CJK fonts would
 * otherwise show Chinese mail as empty boxes.
 */
export function mailFrameDocument(body: string, fontUrl: string = new URL(appFontUrl, document.baseURI).href): string {
  const csp = htmlMailPolicy.frameCsp.replace("font-src data:", `font-src data: ${fontUrl}`);
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<style>@font-face{font-family:'CaseDesk Noto Sans SC';src:url('${fontUrl}') format('truetype');font-display:block}</style>`,
    "<style>body{margin:12px;font-family:-apple-system,'Segoe UI','CaseDesk Noto Sans SC','Microsoft YaHei','PingFang SC',sans-serif;font-size:14px;line-height:1.6;color:#1f1f1f;overflow-wrap:anywhere}img{max-width:100%;height:auto}</style>",
    `</head><body>${body}</body></html>`,
  ].join('');
}
