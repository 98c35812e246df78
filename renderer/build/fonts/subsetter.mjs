// TrueType subsets through HarfBuzz's hb-subset (the harfbuzzjs WebAssembly
// build): the face is read once, then cut as many times as there are slices.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let harfbuzz;
async function wasm() {
  if (!harfbuzz) {
    const { instance } = await WebAssembly.instantiate(await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
    instance.exports._initialize();
    harfbuzz = instance.exports;
  }
  return harfbuzz;
}

/** A font to cut subsets from; `close()` frees it. */
export async function openSubsetter(ttf) {
  const hb = await wasm();
  const buffer = hb.malloc(ttf.byteLength);
  new Uint8Array(hb.memory.buffer).set(ttf, buffer);
  const blob = hb.hb_blob_create(buffer, ttf.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  return {
    /** the TrueType subset holding these code points (and every layout feature, so shaping still works) */
    subset(codePoints) {
      const input = hb.hb_subset_input_create_or_fail();
      if (!input) throw new Error('hb_subset_input_create_or_fail failed');
      const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
      hb.hb_set_clear(features);
      hb.hb_set_invert(features);
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
      const subsetFace = hb.hb_subset_or_fail(face, input);
      hb.hb_subset_input_destroy(input);
      if (!subsetFace) throw new Error('hb_subset_or_fail failed');
      const result = hb.hb_face_reference_blob(subsetFace);
      const offset = hb.hb_blob_get_data(result, 0);
      const length = hb.hb_blob_get_length(result);
      const bytes = new Uint8Array(hb.memory.buffer, offset, length).slice();
      hb.hb_blob_destroy(result);
      hb.hb_face_destroy(subsetFace);
      return bytes;
    },
    close() {
      hb.hb_face_destroy(face);
      hb.free(buffer);
    },
  };
}
