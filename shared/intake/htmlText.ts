/**
 * Plain text out of an HTML mail body, for keyword matching and for the
 * `text` of an HTML-only message. Not for display: the renderer shows HTML
 * only through the worker sanitiser (htmlSanitise.ts) in a sandboxed frame. This
 * needs no DOM, so it runs in shared/ and in a Web Worker.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  copy: '©',
  reg: '®',
};

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|[a-z]{1,32});/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template']);
/** Closing tags that end a line of text. */
const LINE_ENDS = /^(?:p|div|li|tr|h[1-6]|blockquote|pre|table)$/;

/**
 * One forward pass (issue 12: the regexes this replaced rescanned the rest of
 * the body for every unclosed `<` or `<!--`, so 160 KB of them took seconds).
 * A search that finds nothing is remembered: when no `>` follows, no later
 * tag can close either, and the rest is text.
 */
export function htmlToPlainText(html: string): string {
  const out: string[] = [];
  const unclosed = new Set<string>();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break; // a comment left open runs to the end, as a browser reads it
      i = end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      out.push(html.slice(lt));
      break;
    }
    const tag = /^(\/?)([a-z][a-z0-9]{0,15})/i.exec(html.slice(lt + 1, Math.min(gt, lt + 18)));
    i = gt + 1;
    if (!tag) {
      out.push(html.slice(lt, gt + 1)); // `< 3` or `<>`: text, as a browser shows it
      continue;
    }
    const name = tag[2]!.toLowerCase();
    if (tag[1] === '' && HIDDEN.has(name) && !unclosed.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = i;
      const found = close.exec(html);
      if (found) i = found.index + found[0].length;
      else unclosed.add(name); // never closed: later ones will not be either
    } else if (name === 'br' && tag[1] === '') out.push('\n');
    else if (tag[1] === '/' && LINE_ENDS.test(name)) out.push('\n');
  }
  return decodeHtmlEntities(out.join(''))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
