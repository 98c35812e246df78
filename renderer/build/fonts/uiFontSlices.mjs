// The UI font as WOFF2 slices by unicode-range (issue 15), the way the big CJK
// web-font services serve Chinese: the browser fetches only the slices whose
// characters a page shows. Generated at build time from the bundled TTF files
// (the letters' PDF pipeline keeps using the full TTF, fetched only when a
// letter is made).
//
// The slices, in the order a page is likely to need them:
// 1. "ui": Latin, common punctuation and every character of the interface's
//    own text and of the sample data (shared/i18n, shared/sample): the first
//    paint of any screen needs this slice alone;
// 2. other non-CJK characters (Latin Extended, Greek, Cyrillic, symbols…),
//    in code-point blocks;
// 3. GB 2312 level 1 (the 3,755 most used hanzi), then level 2 (3,008 more),
//    a few hundred a slice, so that names and subjects cost a few small
//    files;
// 4. every other character of the font, in code-point order.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { openSubsetter } from './subsetter.mjs';
import { sfntToWoff2 } from './woff2.mjs';

/** Bump when the slicing or the files' format changes: the cached slices are made again. */
const SLICER_VERSION = 1;

const isCjk = (cp) => cp >= 0x2e80;

/** GB 2312's hanzi of one level, in the standard's order (level 1 by pinyin, level 2 by radical). */
function gb2312Level(level) {
  const decoder = new TextDecoder('gb2312');
  const [firstRow, lastRow] = level === 1 ? [0xb0, 0xd7] : [0xd8, 0xf7];
  const out = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const text = decoder.decode(new Uint8Array([row, cell]));
      const cp = text.codePointAt(0);
      if (text.length === 1 && cp !== 0xfffd) out.push(cp);
    }
  }
  return out;
}

function chunks(codePoints, size) {
  const out = [];
  for (let i = 0; i < codePoints.length; i += size) out.push(codePoints.slice(i, i + size));
  return out;
}

/** The slices of a font's character set: lists of code points, the "ui" slice first. */
export function planSlices(coverage, uiText) {
  const covered = new Set(coverage);
  const taken = new Set();
  const take = (cps) => {
    const out = [];
    for (const cp of cps) {
      if (!covered.has(cp) || taken.has(cp)) continue;
      taken.add(cp);
      out.push(cp);
    }
    return out.sort((a, b) => a - b);
  };
  const basics = [];
  for (const [from, to] of [[0x20, 0x7e], [0xa0, 0xff], [0x2000, 0x206f], [0x3000, 0x303f], [0xff00, 0xffef]]) for (let cp = from; cp <= to; cp++) basics.push(cp);
  const ui = take([...basics, ...[...uiText].map((c) => c.codePointAt(0))]);
  const sorted = [...covered].sort((a, b) => a - b);
  const slices = [ui];
  slices.push(...chunks(take(sorted.filter((cp) => !isCjk(cp))), 400));
  // level 1 and 2 keep the standard's order across slices (the most used first), each slice sorted inside
  for (const [level, size] of [[1, 250], [2, 300]]) {
    const order = gb2312Level(level).filter((cp) => covered.has(cp) && !taken.has(cp));
    for (const part of chunks(order, size)) slices.push(take(part));
  }
  slices.push(...chunks(take(sorted), 800));
  return slices.filter((s) => s.length > 0);
}

/** A CSS unicode-range for a sorted list of code points, consecutive ones as ranges. */
export function unicodeRange(codePoints) {
  const parts = [];
  for (let i = 0; i < codePoints.length; ) {
    let j = i;
    while (j + 1 < codePoints.length && codePoints[j + 1] === codePoints[j] + 1) j++;
    const hex = (cp) => cp.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(codePoints[i])}` : `U+${hex(codePoints[i])}-${hex(codePoints[j])}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** Every character of the interface's texts and the sample data. */
async function interfaceText(root) {
  let text = '';
  for (const dir of ['shared/i18n/zh-CN', 'shared/i18n/en-US', 'shared/sample']) {
    for (const name of await readdir(path.join(root, dir))) if (name.endsWith('.ts') && !name.endsWith('.test.ts')) text += await readFile(path.join(root, dir, name), 'utf8');
  }
  return text;
}

/**
 * Writes the slices and `ui-font.css` into `outDir`, unless the files there
 * were made from the same fonts, texts and slicer. `faces`: the TTF files
 * with the family and weights each is declared for.
 */
export async function buildUiFontSlices({ root, outDir, faces, log = () => {} }) {
  const uiText = await interfaceText(root);
  const sources = await Promise.all(faces.map((f) => readFile(f.file)));
  const digest = createHash('sha256').update(String(SLICER_VERSION)).update(uiText);
  for (const [i, bytes] of sources.entries()) digest.update(bytes).update(JSON.stringify({ ...faces[i], file: path.basename(faces[i].file) }));
  const key = digest.digest('hex');
  const manifestPath = path.join(outDir, 'manifest.json');
  if (existsSync(manifestPath) && JSON.parse(await readFile(manifestPath, 'utf8')).key === key) return { cached: true };

  const started = Date.now();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const rules = [];
  let files = 0;
  let bytes = 0;
  const sliced = new Map();
  for (const [i, face] of faces.entries()) {
    const source = sources[i];
    let plan = sliced.get(face.file);
    if (!plan) {
      const slices = planSlices(fontkit.create(source).characterSet, uiText);
      const subsetter = await openSubsetter(new Uint8Array(source));
      try {
        plan = slices.map((codePoints, n) => {
          const name = `${path.basename(face.file, '.ttf')}.${String(n).padStart(3, '0')}.woff2`;
          const woff2 = sfntToWoff2(subsetter.subset(codePoints));
          files++;
          bytes += woff2.length;
          return { name, woff2, range: unicodeRange(codePoints) };
        });
      } finally {
        subsetter.close();
      }
      for (const s of plan) await writeFile(path.join(outDir, s.name), s.woff2);
      sliced.set(face.file, plan);
    }
    for (const s of plan) {
      rules.push(
        `@font-face{font-family:'${face.family}';src:url('./${s.name}') format('woff2');font-weight:${face.weight};font-style:normal;font-display:block;unicode-range:${s.range}}`,
      );
    }
  }
  const css = `/* generated by renderer/build/fonts/uiFontSlices.mjs from the bundled TTF files: do not edit */\n${rules.join('\n')}\n`;
  await writeFile(path.join(outDir, 'ui-font.css'), css);
  await writeFile(manifestPath, JSON.stringify({ key, files, bytes }, null, 2));
  log(`UI font: ${files} WOFF2 slices, ${(bytes / 1e6).toFixed(1)} MB in all, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { cached: false, files, bytes };
}
