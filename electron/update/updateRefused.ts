import type { UpdateProblem } from '../../shared/platform/contract';

/** Thrown through electron-updater by our provider so that its check ends with the reason, not a generic error. */
export class UpdateRefusedError extends Error {
  override readonly name = 'UpdateRefusedError';
  readonly code = 'ERR_CASEDESK_UPDATE_REFUSED';
  constructor(readonly problem: UpdateProblem) {
    super(`update refused: ${problem}`);
  }
}

export function refusalOf(error: unknown): UpdateProblem | null {
  return error instanceof UpdateRefusedError ? error.problem : null;
}
