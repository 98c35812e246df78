import serifRegularUrl from '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf?url';
import serifBoldUrl from '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf?url';
import latinSerifRegularUrl from '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf?url';
import latinSerifBoldUrl from '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf?url';
import sansRegularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import sansBoldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import latinSansRegularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import latinSansBoldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import extensionBUrl from '../../../assets/fonts/hanazono/HanaMinB.ttf?url';
import { chainLacks, fontChain, loadFace, type FontFace, type LetterFonts } from '../../../shared/letters/layout/fonts';
import { database } from '../../db/database';
import { DEFAULT_LETTER_TYPOGRAPHY, readLetterTypography, type LetterTypography } from '../../db/lettersSettings';

/**
 * The letters' font chain (issue 13), fetched from the app's own bundled
 * assets and parsed once per face for the whole session (parsing is the
 * slow part, NOTES.md, PDFs): a Latin face (Noto Serif or Noto Sans: Latin
 * Extended-A/B, Greek, Cyrillic), a CJK face (Noto Serif SC or Noto Sans SC),
 * then the CJK Extension B face (HanaMinB) and the fonts a manager added,
 * which are fetched and parsed only when a letter has a character the first
 * two lack.
 */
export const BUNDLED_FONTS = {
  serif: { latin: [latinSerifRegularUrl, latinSerifBoldUrl], cjk: [serifRegularUrl, serifBoldUrl] },
  sans: { latin: [latinSansRegularUrl, latinSansBoldUrl], cjk: [sansRegularUrl, sansBoldUrl] },
} as const;

const faces = new Map<string, Promise<FontFace>>();

function faceAt(url: string): Promise<FontFace> {
  let face = faces.get(url);
  if (!face) {
    face = fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`font ${response.status}`);
        return loadFace(new Uint8Array(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        faces.delete(url); // a later letter may try again
        throw error;
      });
    faces.set(url, face);
  }
  return face;
}

const added = new Map<string, FontFace>();
function addedFace(font: LetterTypography['addedFonts'][number]): FontFace {
  let face = added.get(font.sha256);
  if (!face) added.set(font.sha256, (face = loadFace(font.bytes)));
  return face;
}

/**
 * The fonts for a letter whose printed texts are `texts`: the Latin and CJK
 * faces of the chosen body style; the fallbacks too when `texts` needs them,
 * or always when `texts` is not known in advance (a batch of notices).
 */
export async function letterFonts(texts?: readonly string[], typography?: LetterTypography): Promise<LetterFonts> {
  const settings = typography ?? (await storedTypography());
  const urls = BUNDLED_FONTS[settings.body];
  const [latin, latinBold, cjk, cjkBold] = await Promise.all([faceAt(urls.latin[0]), faceAt(urls.latin[1]), faceAt(urls.cjk[0]), faceAt(urls.cjk[1])]);
  const plain = chainFor([latin, cjk], () => ({ regular: fontChain(latin, cjk), bold: fontChain(latinBold, cjkBold) }));
  if (texts && !chainLacks(plain.regular, texts)) return plain;
  const fallbacks = [await faceAt(extensionBUrl), ...settings.addedFonts.map(addedFace)];
  return chainFor([latin, cjk, ...fallbacks], () => ({ regular: fontChain(latin, cjk, fallbacks), bold: fontChain(latinBold, cjkBold, fallbacks) }));
}

/** The typography in Settings; the defaults where no store is open (the team print page prints from the server). */
async function storedTypography(): Promise<LetterTypography> {
  try {
    return await readLetterTypography(database());
  } catch {
    return DEFAULT_LETTER_TYPOGRAPHY;
  }
}

// the chains kept for the session too: their caches of runs and widths then serve every letter
const chains = new Map<string, LetterFonts>();
const faceIds = new WeakMap<FontFace, number>();
let nextFaceId = 0;
function chainFor(parts: readonly FontFace[], make: () => LetterFonts): LetterFonts {
  const key = parts
    .map((f) => {
      let id = faceIds.get(f);
      if (id === undefined) faceIds.set(f, (id = nextFaceId++));
      return id;
    })
    .join('|');
  let fonts = chains.get(key);
  if (!fonts) chains.set(key, (fonts = make()));
  return fonts;
}
