import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadLetterFonts, type LetterFonts } from '../layout/fonts';

const require = createRequire(import.meta.url);

/** The TTFs as the Electron main process would read them: from the installed package. */
export function fontBytes(): { regular: Uint8Array; bold: Uint8Array } {
  const dir = require.resolve('@expo-google-fonts/noto-sans-sc/package.json').replace(/package\.json$/, '');
  return {
    regular: new Uint8Array(readFileSync(`${dir}400Regular/NotoSansSC_400Regular.ttf`)),
    bold: new Uint8Array(readFileSync(`${dir}700Bold/NotoSansSC_700Bold.ttf`)),
  };
}

let cached: LetterFonts | undefined;
/** Parsed once per test file. */
export function testFonts(): LetterFonts {
  cached ??= loadLetterFonts(fontBytes());
  return cached;
}
