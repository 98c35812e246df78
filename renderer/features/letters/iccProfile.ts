import srgbUrl from '../../../assets/icc/sRGB.icc?url';

let loading: Promise<Uint8Array> | undefined;

/** The sRGB ICC profile of the letters' PDF/A-2b output intent (assets/icc), fetched once for the session. */
export function srgbProfile(): Promise<Uint8Array> {
  loading ??= fetch(srgbUrl)
    .then(async (response) => {
      if (!response.ok) throw new Error(`ICC profile ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
