import type { UpdateProblem, UpdateStatus } from '../../shared/platform/contract';
import type { Result } from '../../shared/platform/result';
import type { UpdateManifest } from './updateManifest';
import type { DownloadProblem } from './downloadedUpdate';

/**
 * What happens to an update, in order (issue 16), with Electron kept out so
 * that every step is tested: a verified check; the download; the downloaded
 * installer checked against the verified channel file; then the officer is
 * asked — never while letters are being signed — and only their "yes"
 * installs. "Later" installs nothing, not even on quit.
 */
export interface UpdateFlowDeps {
  check(): Promise<Result<UpdateStatus>>;
  /** downloads the update the check found; the installer's path */
  download(): Promise<string>;
  /** the channel file verified for `version` by the provider */
  verifiedManifest(version: string): UpdateManifest | undefined;
  verifyDownloaded(file: string, manifest: UpdateManifest): Promise<DownloadProblem | null>;
  /** asks the officer; true means install now */
  ask(version: string): Promise<boolean>;
  install(): void;
  /** tells the officer that an update was refused and why */
  tellRefused(problem: UpdateProblem): void;
  isBusy(): boolean;
  /** runs `task` again after `ms` */
  later(task: () => void, ms: number): void;
  log(message: string): void;
}

export const BUSY_RETRY_MS = 60_000;

/** Refusals worth interrupting for: a release that did not verify. An unreachable server (offline workstation) is only logged. */
function worthTelling(problem: UpdateProblem): boolean {
  return problem !== 'unreachable';
}

export function createUpdateFlow(deps: UpdateFlowDeps) {
  let ready: string | null = null;
  let preparing: Promise<void> | null = null;

  const refused = (problem: UpdateProblem, told: boolean) => {
    deps.log(`update: refused (${problem})`);
    if (told && worthTelling(problem)) deps.tellRefused(problem);
  };

  async function prepare(version: string, tell: boolean): Promise<void> {
    let file: string;
    try {
      file = await deps.download();
    } catch (error) {
      deps.log(`update: download failed (${error instanceof Error ? error.name : typeof error})`);
      return;
    }
    const manifest = deps.verifiedManifest(version);
    const problem = manifest ? await deps.verifyDownloaded(file, manifest) : 'hash-mismatch';
    if (problem !== null) return refused(problem, tell);
    ready = version;
  }

  function offer(): void {
    const version = ready;
    if (version === null) return;
    if (deps.isBusy()) return deps.later(offer, BUSY_RETRY_MS);
    void deps.ask(version).then((yes) => {
      if (yes) deps.install();
    });
  }

  async function checkAndPrepare(tell: boolean): Promise<Result<UpdateStatus>> {
    const status = await deps.check();
    if (!status.ok) return status;
    if (status.value.state === 'refused' && status.value.problem) refused(status.value.problem, tell);
    if (status.value.state === 'available' && status.value.version && ready === null) {
      preparing ??= prepare(status.value.version, true).finally(() => (preparing = null));
      void preparing.then(offer);
    }
    return status;
  }

  return {
    /** At start: quiet unless an update is ready to install or a release was refused. */
    background(): Promise<Result<UpdateStatus>> {
      return checkAndPrepare(true);
    },
    /** Help → Check for Updates…: the officer asked, so a ready update is offered at once. */
    async fromMenu(): Promise<Result<UpdateStatus>> {
      if (ready !== null) {
        const version = ready;
        void deps.ask(version).then((yes) => {
          if (yes) deps.install();
        });
        return { ok: true, value: { state: 'available', version } };
      }
      return checkAndPrepare(false);
    },
    /** The version downloaded, verified and waiting for the officer's yes. */
    get ready(): string | null {
      return ready;
    },
  };
}
export type UpdateFlow = ReturnType<typeof createUpdateFlow>;
