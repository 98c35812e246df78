import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from './intakeProtocol';
import { viewInWorker } from './intakeWorkerClient';
import { intakeHandler } from './intakeWorkerCore';

/**
 * A stand-in intake worker running the worker's own code, whose script "loads" only when the test says so
 * (a real one loads and compiles 600 KB first), and which can be made to hang once it has started.
 */
function slowLoadingWorker(options: { hangAfterStart?: boolean } = {}) {
  let load!: () => void;
  const loaded = new Promise<void>((resolve) => (load = resolve));
  const worker = {
    onmessage: null as ((event: MessageEvent<FromWorker>) => void) | null,
    onerror: null,
    onmessageerror: null,
    terminated: false,
    postMessage(message: ToWorker) {
      const handle = intakeHandler((out) => {
        if (worker.terminated) return;
        if (options.hangAfterStart && out.kind !== 'viewStarted') return;
        worker.onmessage?.({ data: out } as MessageEvent<FromWorker>);
      });
      void loaded.then(() => handle(message));
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return { factory: () => worker as unknown as Worker, load };
}

const mail = new TextEncoder().encode('From: 王小明 <wangxm@163.com>\r\nSubject: =?UTF-8?B?55Sz6K+35Yig6Zmk?=\r\nDate: Mon, 30 Nov 2026 09:00:00 +0800\r\n\r\n请删除我的账户。\r\n');
const file = { name: 'stored.eml', bytes: mail, lastModified: '2026-11-30T01:00:00.000Z' };

afterEach(() => {
  vi.useRealTimers();
});

describe('the mail viewer reading a stored message in the worker', () => {
  it("spends its budget on the parse, not on the worker's loading: a slow start on a busy machine is no timeout", async () => {
    vi.useFakeTimers();
    const w = slowLoadingWorker();
    const viewed = viewInWorker(w.factory, file, { companyDomains: [] }, 5_000);
    // the worker's script takes 20 s to load: more than the budget, less than the load allowance
    await vi.advanceTimersByTimeAsync(20_000);
    vi.useRealTimers();
    w.load();
    const answer = await viewed;
    expect('timedOut' in answer).toBe(false);
    expect('result' in answer && answer.result.ok && answer.result.message.from).toMatchObject({ address: 'wangxm@163.com' });
  });

  it('still gives up when the parse itself runs past the budget, and when the worker never loads', async () => {
    vi.useFakeTimers();
    const hung = slowLoadingWorker({ hangAfterStart: true });
    const stuck = viewInWorker(hung.factory, file, { companyDomains: [] }, 5_000);
    hung.load();
    await vi.advanceTimersByTimeAsync(5_001);
    expect(await stuck).toEqual({ timedOut: true });

    const never = slowLoadingWorker();
    const unloaded = viewInWorker(never.factory, file, { companyDomains: [] }, 5_000, 60_000);
    await vi.advanceTimersByTimeAsync(60_001);
    expect(await unloaded).toEqual({ timedOut: true });
  });
});
