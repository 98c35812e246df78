/**
 * Whether the officer is in the middle of signing letters (issue 16: an
 * update is never offered for installing then). Each signing call is
 * tracked; the workstation counts as busy while one runs and for a quiet
 * period after the last one, since letters are signed one after another.
 */
export const SIGNING_QUIET_MS = 2 * 60_000;

export class SigningActivity {
  #inFlight = 0;
  #lastEndedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number) {}

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.#inFlight++;
    try {
      return await work();
    } finally {
      this.#inFlight--;
      this.#lastEndedAt = this.now();
    }
  }

  isBusy(): boolean {
    return this.#inFlight > 0 || this.now() - this.#lastEndedAt < SIGNING_QUIET_MS;
  }
}
