import { describe, expect, it, vi } from 'vitest';
import type { UpdateStatus } from '../../shared/platform/contract';
import { ok, type Result } from '../../shared/platform/result';
import { SigningActivity, SIGNING_QUIET_MS } from './signingActivity';
import { BUSY_RETRY_MS, createUpdateFlow, type UpdateFlowDeps } from './updateFlow';
import type { UpdateManifest } from './updateManifest';

const manifest: UpdateManifest = { version: '0.2.0', files: [{ url: 'CaseDesk-0.2.0.exe', sha512: `${'A'.repeat(86)}==`, size: 10 }] };

function flow(overrides: Partial<UpdateFlowDeps> & { status?: Result<UpdateStatus>; answer?: boolean } = {}) {
  const scheduled: { task: () => void; ms: number }[] = [];
  const deps: UpdateFlowDeps = {
    check: async () => overrides.status ?? ok({ state: 'available', version: '0.2.0' }),
    download: vi.fn(async () => '/cache/CaseDesk-0.2.0.exe'),
    verifiedManifest: (version) => (version === manifest.version ? manifest : undefined),
    verifyDownloaded: vi.fn(async () => null),
    ask: vi.fn(async () => overrides.answer ?? true),
    install: vi.fn(),
    tellRefused: vi.fn(),
    isBusy: () => false,
    later: (task, ms) => void scheduled.push({ task, ms }),
    log: () => undefined,
    ...overrides,
  };
  return { deps, scheduled, flow: createUpdateFlow(deps) };
}

describe('the update flow', () => {
  it('downloads a verified update, checks the installer, asks, and installs on yes', async () => {
    const { deps, flow: f } = flow();
    await f.background();
    await vi.waitFor(() => expect(deps.install).toHaveBeenCalledTimes(1));
    expect(deps.verifyDownloaded).toHaveBeenCalledWith('/cache/CaseDesk-0.2.0.exe', manifest);
    expect(deps.ask).toHaveBeenCalledWith('0.2.0');
  });

  it('installs nothing when the officer says later', async () => {
    const { deps, flow: f } = flow({ answer: false });
    await f.background();
    await vi.waitFor(() => expect(deps.ask).toHaveBeenCalled());
    expect(deps.install).not.toHaveBeenCalled();
    expect(f.ready).toBe('0.2.0');
  });

  it('never asks while letters are being signed, and asks once the signing has been quiet for a while', async () => {
    let now = 0;
    const activity = new SigningActivity(() => now);
    let finishSigning: () => void = () => undefined;
    const signing = activity.track(() => new Promise<void>((resolve) => (finishSigning = resolve)));
    const { deps, scheduled, flow: f } = flow({ isBusy: () => activity.isBusy() });
    await f.background();
    await vi.waitFor(() => expect(scheduled).toHaveLength(1));
    expect(scheduled[0]?.ms).toBe(BUSY_RETRY_MS);
    expect(deps.ask).not.toHaveBeenCalled();

    finishSigning();
    await signing;
    now += SIGNING_QUIET_MS - 1;
    scheduled.shift()?.task(); // still within the quiet period after the last letter
    expect(scheduled).toHaveLength(1);
    expect(deps.ask).not.toHaveBeenCalled();

    now += 1;
    scheduled.shift()?.task();
    await vi.waitFor(() => expect(deps.install).toHaveBeenCalled());
  });

  it('refuses an installer that does not match the verified channel file, says why, and never asks', async () => {
    const { deps, flow: f } = flow({ verifyDownloaded: vi.fn(async () => 'hash-mismatch' as const) });
    await f.background();
    await vi.waitFor(() => expect(deps.tellRefused).toHaveBeenCalledWith('hash-mismatch'));
    expect(deps.ask).not.toHaveBeenCalled();
    expect(deps.install).not.toHaveBeenCalled();
    expect(f.ready).toBeNull();
  });

  it('tells the officer about a release that did not verify, but not about an unreachable server', async () => {
    const bad = flow({ status: ok({ state: 'refused', problem: 'bad-signature' }) });
    await bad.flow.background();
    expect(bad.deps.tellRefused).toHaveBeenCalledWith('bad-signature');
    expect(bad.deps.download).not.toHaveBeenCalled();

    const offline = flow({ status: ok({ state: 'refused', problem: 'unreachable' }) });
    await offline.flow.background();
    expect(offline.deps.tellRefused).not.toHaveBeenCalled();
  });

  it('from the menu, offers an update already verified at once', async () => {
    const { deps, flow: f } = flow({ answer: false });
    await f.background();
    await vi.waitFor(() => expect(deps.ask).toHaveBeenCalledTimes(1));
    await expect(f.fromMenu()).resolves.toEqual(ok({ state: 'available', version: '0.2.0' }));
    await vi.waitFor(() => expect(deps.ask).toHaveBeenCalledTimes(2));
    expect(deps.download).toHaveBeenCalledTimes(1);
  });
});
