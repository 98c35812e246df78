export declare function planSlices(coverage: readonly number[], uiText: string): number[][];
export declare function unicodeRange(codePoints: readonly number[]): string;
export declare function buildUiFontSlices(options: {
  root: string;
  outDir: string;
  faces: readonly { file: string; family: string; weight: string }[];
  log?: (line: string) => void;
}): Promise<unknown>;
