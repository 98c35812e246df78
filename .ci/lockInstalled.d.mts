/** Packages of package-lock.json not installed at their locked version: [path, wanted, found]. */
export function lockMismatches(root: string): [string, string, string][];
/** Runs `npm ci` when node_modules is not what the lock file says; true when it installed. */
export function ensureLockInstalled(root: string): boolean;
