import { deflateSync } from 'node:zlib';

/** A minimal PNG encoder (RGBA, 8 bits, no filtering) for test images. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const raw = new Uint8Array((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return concat([Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Array.from(type, (c) => c.charCodeAt(0)), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A red company seal: a ring, an inner ring and a five-pointed star on a transparent ground. */
export function sealPng(size = 240): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const c = size / 2;
  const star = starPolygon(c, c, size * 0.2, size * 0.08);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const ring = r <= c - 2 && r >= c - 2 - size * 0.045;
      const inner = r <= c - size * 0.1 && r >= c - size * 0.1 - 2;
      if (ring || inner || insidePolygon(x + 0.5, y + 0.5, star)) px.set([200, 20, 30, 235], (y * size + x) * 4);
    }
  }
  return encodePng(size, size, px);
}

/** A handwritten-looking stroke in dark blue on a transparent ground. */
export function signaturePng(width = 300, height = 100): Uint8Array {
  const px = new Uint8Array(width * height * 4);
  for (let t = 0; t < 1; t += 0.0005) {
    const x = 15 + t * (width - 30);
    const y = height / 2 + Math.sin(t * 19) * height * 0.28 * (1 - t * 0.5) + Math.cos(t * 7) * 6;
    for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) {
      const xi = Math.round(x + dx);
      const yi = Math.round(y + dy);
      if (xi >= 0 && yi >= 0 && xi < width && yi < height && dx * dx + dy * dy <= 4) px.set([20, 30, 110, 255], (yi * width + xi) * 4);
    }
  }
  return encodePng(width, height, px);
}

function starPolygon(cx: number, cy: number, outer: number, inner: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

function insidePolygon(x: number, y: number, poly: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i] as [number, number];
    const [xj, yj] = poly[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
