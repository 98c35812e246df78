export interface Subsetter {
  /** the TrueType subset holding these code points (and every layout feature, so shaping still works) */
  subset(codePoints: readonly number[]): Uint8Array;
  close(): void;
}
export declare function openSubsetter(ttf: Uint8Array): Promise<Subsetter>;
