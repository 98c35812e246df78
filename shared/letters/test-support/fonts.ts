import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadLetterFonts, type LetterFontBytes, type LetterFonts } from '../layout/fonts';

const require = createRequire(import.meta.url);

const ttf = (pkg: string, weight: string, file: string) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/${pkg}/${weight}/${file}_${weight}.ttf`)));

/**
 * The bundled CJK Extension B face: the build's copy in assets/fonts/hanazono (npm test's first step makes it),
 * or Debian's file it is copied from (renderer/build/fonts/extensionB.mjs) when a test runs on its own.
 */
export function extensionBBytes(): Uint8Array {
  const copy = fileURLToPath(new URL('../../../assets/fonts/hanazono/HanaMinB.ttf', import.meta.url));
  return new Uint8Array(readFileSync(existsSync(copy) ? copy : '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf'));
}

/** The TTFs as the Electron main process would read them: from the installed packages. */
export function fontBytes(style: 'serif' | 'sans' = 'serif', withExtensionB = true): LetterFontBytes {
  const fallbacks = withExtensionB ? [extensionBBytes()] : [];
  if (style === 'sans') {
    return {
      regular: ttf('noto-sans-sc', '400Regular', 'NotoSansSC'),
      bold: ttf('noto-sans-sc', '700Bold', 'NotoSansSC'),
      latin: ttf('noto-sans', '400Regular', 'NotoSans'),
      latinBold: ttf('noto-sans', '700Bold', 'NotoSans'),
      fallbacks,
    };
  }
  return {
    regular: ttf('noto-serif-sc', '400Regular', 'NotoSerifSC'),
    bold: ttf('noto-serif-sc', '700Bold', 'NotoSerifSC'),
    latin: ttf('noto-serif', '400Regular', 'NotoSerif'),
    latinBold: ttf('noto-serif', '700Bold', 'NotoSerif'),
    fallbacks,
  };
}

const cached = new Map<string, LetterFonts>();
/** Parsed once per test file: the serif chain with the Extension B fallback, as a Chinese letter prints by default. */
export function testFonts(style: 'serif' | 'sans' = 'serif'): LetterFonts {
  let fonts = cached.get(style);
  if (!fonts) cached.set(style, (fonts = loadLetterFonts(fontBytes(style))));
  return fonts;
}
