import { useEffect, useRef, useState } from 'react';
import { printedTexts, renderLetter, type LetterContent, type LetterImages, type RenderError } from '../../../shared/letters';
import { letterFonts } from './letterFonts';

export interface PdfPreview {
  url?: string;
  error?: RenderError;
  rendering: boolean;
}

/** Long enough that typing a sentence renders once, short enough to feel live. */
const DEBOUNCE_MS = 300;

/**
 * The letter as it will print, re-rendered a moment after each change, as a
 * Blob URL for the preview frame (CSP frame-src blob:). A render refusal (a
 * character the font lacks, a field left unfilled) comes back as `error`,
 * and the last good preview stays on screen beside it.
 */
export function usePdfPreview(content: LetterContent | undefined, images: LetterImages): PdfPreview {
  const [preview, setPreview] = useState<PdfPreview>({ rendering: true });
  const current = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!content) return;
    let cancelled = false;
    setPreview((p) => ({ ...p, rendering: true }));
    const timer = setTimeout(() => {
      void (async () => {
        const result = await renderLetter(content, { fonts: await letterFonts(printedTexts(content)), images });
        if (cancelled) return;
        if (!result.ok) return setPreview((p) => ({ url: p.url, error: result.error, rendering: false }));
        const url = URL.createObjectURL(new Blob([result.pdf.slice()], { type: 'application/pdf' }));
        if (current.current) URL.revokeObjectURL(current.current);
        current.current = url;
        setPreview({ url, rendering: false });
      })();
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [content, images]);
  useEffect(
    () => () => {
      if (current.current) URL.revokeObjectURL(current.current);
    },
    [],
  );
  return preview;
}
