/** `hyphen` 1.14 (ISC): Liang's algorithm with TeX's en-US patterns; the package ships no types. */
declare module 'hyphen/en-us' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; exceptions?: string[] }): string;
}
