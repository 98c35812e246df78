/** Base64 of bytes and back, in pieces so a scan of many MB does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** What PouchDB hands back as attachment data: base64 text, or (binary reads) a Blob or Buffer. */
export async function attachmentBytes(data: unknown): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof data === 'string') return base64ToBytes(data);
  if (data instanceof Uint8Array) return Uint8Array.from(data);
  if (typeof Blob !== 'undefined' && data instanceof Blob) return new Uint8Array(await data.arrayBuffer());
  throw new TypeError('attachment data of an unknown kind');
}
