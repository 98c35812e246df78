/**
 * The platform contract carries ArrayBuffer-backed bytes (what crosses IPC
 * and Blob); pdf-lib and IndexedDB hand back Uint8Arrays that are, but are
 * typed as possibly shared. Passed through when they are; copied when not.
 */
export function arrayBufferBacked(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : Uint8Array.from(bytes);
}
