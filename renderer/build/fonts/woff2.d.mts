export declare function readSfntTables(font: Uint8Array): { flavor: number; tables: { tag: string; data: Uint8Array }[] };
export declare function sfntToWoff2(font: Uint8Array): Uint8Array;
