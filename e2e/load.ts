import { cpus, loadavg } from 'node:os';

/**
 * How much slower than an idle machine this one is running, from its load
 * average: 1 on an idle machine, up to 4. A journey's timeout says "hung",
 * not "slow" (speed is `npm run bench`'s business), so every timeout of the
 * suite is multiplied by it: on a machine shared with other suites or a CPU
 * hog the journeys wait longer rather than fail (issue 15), and on an idle
 * one a hang still fails as soon as before.
 */
export function loadFactor(): number {
  return Math.min(4, Math.max(1, loadavg()[0]! / cpus().length));
}

/** A timeout for this machine's load. */
export function scaled(ms: number): number {
  return Math.round(ms * loadFactor());
}
