// Vite plugin: makes the UI font's WOFF2 slices (uiFontSlices.mjs) before the
// renderer is built or served, into renderer/styles/ui-font/ (not committed),
// which renderer/styles/fonts.css imports.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureExtensionBFont } from './extensionB.mjs';
import { buildUiFontSlices } from './uiFontSlices.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../../..');
const ttf = (weight) => require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`);

export const UI_FONT_DIR = path.join(root, 'renderer/styles/ui-font');

export function uiFontSlices() {
  const make = (log) =>
    buildUiFontSlices({
      root,
      outDir: UI_FONT_DIR,
      faces: [
        { file: ttf('400Regular'), family: 'CaseDesk Noto Sans SC', weight: '400' },
        { file: ttf('700Bold'), family: 'CaseDesk Noto Sans SC', weight: '600 900' },
      ],
      log,
    });
  return {
    name: 'casedesk-ui-font-slices',
    async buildStart() {
      // the letters' Extension B face, which the renderer imports: copied from Debian's package (extensionB.mjs)
      ensureExtensionBFont(root);
      await make((message) => console.info(message));
    },
  };
}
