import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import { loadLetterFonts, type LetterFonts } from '../../../shared/letters';

let loading: Promise<LetterFonts> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The letter fonts, fetched from the app's own bundled assets (the same
 * TrueType Noto Sans SC files the interface shows, renderer/styles/fonts.css)
 * and parsed once for the whole session: parsing the 10 MB files is the
 * slow part of a letter (NOTES.md, PDFs), so the preview, signing, the
 * envelopes and the batch all share one parse.
 */
export function letterFonts(): Promise<LetterFonts> {
  loading ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)])
    .then(([regular, bold]) => loadLetterFonts({ regular, bold }))
    .catch((error: unknown) => {
      loading = undefined; // a later letter may try again
      throw error;
    });
  return loading;
}
