/**
 * What the letters settings need to know of an uploaded PNG before keeping
 * it: that it is a PNG, its size, and whether it can be transparent (an
 * alpha channel, or a tRNS chunk) — a seal without transparency would hide
 * the company name and date it is stamped over.
 */
export interface PngInfo {
  width: number;
  height: number;
  hasAlpha: boolean;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngInfo(bytes: Uint8Array): PngInfo | undefined {
  if (bytes.length < 33 || !SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (type(12) !== 'IHDR') return undefined;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const colorType = bytes[25] ?? 0;
  // colour types 4 (grey + alpha) and 6 (RGBA) carry alpha; others may add a tRNS chunk before the image data
  let hasAlpha = colorType === 4 || colorType === 6;
  for (let at = 8; !hasAlpha && at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const name = type(at + 4);
    if (name === 'tRNS') hasAlpha = true;
    if (name === 'IDAT' || name === 'IEND') break;
    at += 12 + length;
  }
  return width > 0 && height > 0 ? { width, height, hasAlpha } : undefined;
}
