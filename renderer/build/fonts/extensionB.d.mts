export declare const EXTENSION_B_SOURCE: string;
export declare const EXTENSION_B_TARGET: string;
export declare const EXTENSION_B_SHA256: string;
export declare function ensureExtensionBFont(root: string, source?: string, expected?: string): string;
