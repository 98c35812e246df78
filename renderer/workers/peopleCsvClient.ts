import type { AffectedPerson } from '../../shared/incidents';
import type { PeopleCsvProgress, PeopleCsvRead } from './peopleCsv';
import type { FromPeopleWorker, ToPeopleWorker } from './peopleCsvWorker';

/** Reads an affected-people CSV in its worker (peopleCsvWorker.ts); the worker is ended when it answers. */
export function readPeopleCsvInWorker(file: Blob, existing: readonly AffectedPerson[], onProgress?: (progress: PeopleCsvProgress) => void): Promise<PeopleCsvRead> {
  const worker = new Worker(new URL('./peopleCsvWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<PeopleCsvRead>((resolve, reject) => {
    const finish = (outcome: () => void) => {
      worker.terminate();
      outcome();
    };
    worker.onerror = (event) => finish(() => reject(new Error(`people list worker: ${event.message || 'its script could not be loaded'}`)));
    worker.onmessage = (event: MessageEvent<FromPeopleWorker>) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress?.(message.progress);
      else if (message.kind === 'done') finish(() => resolve(message.read));
      else finish(() => reject(new Error(`people list worker: ${message.detail}`)));
    };
    worker.postMessage({ file, existing: [...existing] } satisfies ToPeopleWorker);
  });
}
