export const SYSTEM_PACKAGES: readonly { name: string; provides: readonly string[] }[];
export function missingPackages(exists?: (file: string) => boolean): string[];
export function installCommand(names: readonly string[]): string;
export function ensureSystemPackages(): boolean;
