/**
 * Blobs as streams of chunks and back, so a backup of gigabytes passes
 * through the page a piece at a time: Chromium keeps a large Blob on disk,
 * and a Blob built from parts is folded every few megabytes so the parts do
 * not pile up in the JavaScript heap.
 */
export async function* blobChunks(blob: Blob, size = 1024 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < blob.size; at += size) {
    yield new Uint8Array(await blob.slice(at, Math.min(blob.size, at + size)).arrayBuffer());
  }
}

const FOLD_EVERY_BYTES = 8 * 1024 * 1024;

export async function blobOf(source: AsyncIterable<Uint8Array>, type = 'application/octet-stream'): Promise<Blob> {
  let folded = new Blob([], { type });
  let parts: BlobPart[] = [];
  let held = 0;
  for await (const chunk of source) {
    // slice(): a BlobPart must be backed by a plain ArrayBuffer
    parts.push(chunk.slice());
    held += chunk.byteLength;
    if (held >= FOLD_EVERY_BYTES) {
      folded = new Blob([folded, ...parts], { type });
      parts = [];
      held = 0;
    }
  }
  return new Blob([folded, ...parts], { type });
}
