import type { AffectedPerson } from '../../shared/incidents';
import { readPeopleCsv, type PeopleCsvProgress, type PeopleCsvRead } from './peopleCsv';

/**
 * The worker that reads an affected-people CSV (issue 12: "runs off the UI
 * thread and streams"). It is given the file as a Blob — a handle, not a
 * copy — and the list so far, and answers with the merged list and report.
 */
export type ToPeopleWorker = { file: Blob; existing: AffectedPerson[] };
export type FromPeopleWorker = { kind: 'progress'; progress: PeopleCsvProgress } | { kind: 'done'; read: PeopleCsvRead } | { kind: 'failed'; detail: string };

const scope = self as unknown as { postMessage(message: FromPeopleWorker): void; onmessage: ((event: MessageEvent<ToPeopleWorker>) => void) | null };

scope.onmessage = async (event) => {
  try {
    let last = 0;
    const read = await readPeopleCsv(event.data.file, event.data.existing, (progress) => {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      scope.postMessage({ kind: 'progress', progress });
    });
    scope.postMessage({ kind: 'done', read });
  } catch (error) {
    scope.postMessage({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
  }
};
