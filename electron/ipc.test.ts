import { describe, expect, it, vi } from 'vitest';
import { messageNames, platformMessages } from '../shared/platform/contract';
import { fail, ok, type Result } from '../shared/platform/result';
import { isAppUrl } from './appOrigin';
import type { PlatformHandlers } from './handlers/types';
import { registerPlatformHandlers, type FrameLike, type InvokeEventLike } from './ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpc() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle(channel: string, listener: Listener) {
      listeners.set(channel, listener);
    },
  };
}

function notCalled(): never {
  throw new Error('this handler must not be reached');
}

/** Handlers that answer well; tests replace the one they look at. */
function handlers(overrides: Partial<PlatformHandlers> = {}): PlatformHandlers {
  return {
    appInfo: async () => ok({ name: 'CaseDesk', version: '0.1.0', host: 'electron', runtime: 'test', os: 'test' }),
    setLocale: async () => ok({}),
    openFiles: notCalled,
    saveFile: notCalled,
    printPdf: notCalled,
    secretSet: async () => ok({}),
    secretGet: async () => ok({ value: null }),
    secretDelete: async () => ok({}),
    notify: notCalled,
    checkForUpdates: async () => ok({ state: 'not-configured' }),
    openExternal: notCalled,
    signingImportP12: notCalled,
    signingStatus: async () => ok({ signer: null }),
    signingForget: async () => ok({}),
    signingSetPin: notCalled,
    signingInspectP12: notCalled,
    storeKey: async () => ok({ key: new Uint8Array(32), created: false }),
    teamSignIn: async () => ok({ ok: false, problem: 'unreachable' }),
    teamStatus: async () => ok({ signedIn: false }),
    teamSignOut: async () => ok({}),
    teamRequest: async () => ok({ status: 0, contentType: 'text/plain', body: new Uint8Array() }),
    teamSetup: async () => ok({ ok: false, problem: 'unreachable' }),
    mailboxAccounts: notCalled,
    mailboxSave: notCalled,
    mailboxRemove: notCalled,
    mailboxTest: notCalled,
    mailboxStatus: notCalled,
    mailboxNext: notCalled,
    mailboxAck: notCalled,
    mailboxSend: notCalled,
    lettersSign: notCalled,
    backupFolderChoose: notCalled,
    backupFolderList: async () => ok({ folder: null, files: [] }),
    backupWriteBegin: notCalled,
    backupWriteChunk: notCalled,
    backupWriteEnd: notCalled,
    backupFolderRemove: notCalled,
    ...overrides,
  };
}

const topFrame = (url: string): FrameLike => ({ url, parent: null });
const fromApp = { senderFrame: topFrame('casedesk://app/index.html') };

function setUp(overrides: Partial<PlatformHandlers> = {}) {
  const ipc = fakeIpc();
  const log = vi.fn<(message: string) => void>();
  registerPlatformHandlers(ipc, handlers(overrides), { isAppUrl, contextOf: () => ({ window: null }), log });
  const call = (channel: string, event: InvokeEventLike, ...args: unknown[]) => {
    const listener = ipc.listeners.get(channel);
    if (!listener) throw new Error(`nothing registered on ${channel}`);
    return listener(event, ...args) as Promise<Result<unknown>>;
  };
  return { ipc, log, call };
}

describe('registerPlatformHandlers', () => {
  it('registers every message of the contract on its own channel', () => {
    const { ipc } = setUp();
    expect([...ipc.listeners.keys()].sort()).toEqual(messageNames.map((n) => platformMessages[n].channel).sort());
  });

  it('answers a good call from the top frame of an app page', async () => {
    const { call } = setUp();
    await expect(call('casedesk:app:info', fromApp, {})).resolves.toEqual({
      ok: true,
      value: { name: 'CaseDesk', version: '0.1.0', host: 'electron', runtime: 'test', os: 'test' },
    });
  });

  it('hands the handler the parsed argument', async () => {
    const secretSet = vi.fn<PlatformHandlers['secretSet']>(async () => ok({}));
    const { call } = setUp({ secretSet });
    await call('casedesk:secrets:set', fromApp, { name: 'backup.key', value: 's3cret' });
    expect(secretSet).toHaveBeenCalledWith({ name: 'backup.key', value: 's3cret' }, { window: null });
  });

  it.each([
    ['a web page', topFrame('https://evil.example/')],
    ['a file: page', topFrame('file:///home/user/index.html')],
    ['another host on our scheme', topFrame('casedesk://evil/index.html')],
    ['a look-alike host', topFrame('casedesk://app.evil.example/')],
    ['a data: URL', topFrame('data:text/html,<script>1</script>')],
  ])('refuses a sender that is %s with forbidden-sender', async (_label, frame) => {
    const secretGet = vi.fn<PlatformHandlers['secretGet']>(async () => ok({ value: 'never' }));
    const { call, log } = setUp({ secretGet });
    await expect(call('casedesk:secrets:get', { senderFrame: frame }, { name: 'backup.key' })).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(secretGet).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not an app page'));
  });

  it('refuses a sub-frame of an app page with forbidden-sender', async () => {
    const secretGet = vi.fn<PlatformHandlers['secretGet']>(async () => ok({ value: 'never' }));
    const { call } = setUp({ secretGet });
    const subFrame: FrameLike = { url: 'casedesk://app/preview.html', parent: topFrame('casedesk://app/index.html') };
    await expect(call('casedesk:secrets:get', { senderFrame: subFrame }, { name: 'backup.key' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(secretGet).not.toHaveBeenCalled();
  });

  it('refuses a call whose sender frame is gone', async () => {
    const { call } = setUp();
    await expect(call('casedesk:app:info', { senderFrame: null }, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const disposed = {
      get senderFrame(): FrameLike {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    await expect(call('casedesk:app:info', disposed, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it.each([
    ['a wrong type', { name: 'backup.key', value: 42 }],
    ['a missing field', { name: 'backup.key' }],
    ['an unknown field', { name: 'backup.key', value: 'x', path: '/etc/passwd' }],
    ['a name that is a path', { name: '../../secrets', value: 'x' }],
    ['no object at all', 'backup.key'],
  ])('refuses %s with invalid-argument and never calls the handler', async (_label, argument) => {
    const secretSet = vi.fn<PlatformHandlers['secretSet']>(async () => ok({}));
    const { call } = setUp({ secretSet });
    const answer = await call('casedesk:secrets:set', fromApp, argument);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(secretSet).not.toHaveBeenCalled();
  });

  it('refuses a call with more than one argument', async () => {
    const { call } = setUp();
    await expect(call('casedesk:app:info', fromApp, {}, { extra: true })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('keeps argument values out of the error detail (they may be personal data)', async () => {
    const { call } = setUp();
    const answer = await call('casedesk:secrets:set', fromApp, { name: '张三 330102199001011234', value: 'x' });
    expect(answer.ok).toBe(false);
    expect(JSON.stringify(answer)).not.toContain('330102199001011234');
  });

  it('turns a handler that throws into internal, without throwing across IPC', async () => {
    const { call, log } = setUp({
      appInfo: async () => {
        throw new Error('ENOENT /home/zhang.san/secret');
      },
    });
    const answer = await call('casedesk:app:info', fromApp, {});
    expect(answer).toEqual({ ok: false, error: { code: 'internal' } });
    expect(log.mock.calls.flat().join(' ')).not.toContain('zhang.san');
  });

  it('turns an answer outside the contract into internal', async () => {
    const { call } = setUp({
      // deliberately wrong: 'host' is not one of the contract's values
      appInfo: async () => ok({ name: 'CaseDesk', version: '1', host: 'mainframe', runtime: '', os: '' } as never),
    });
    await expect(call('casedesk:app:info', fromApp, {})).resolves.toEqual({ ok: false, error: { code: 'internal' } });
  });

  it('passes a designed failure through unchanged', async () => {
    const { call } = setUp({ secretGet: async () => fail('keychain-unavailable', 'linux backend basic_text') });
    await expect(call('casedesk:secrets:get', fromApp, { name: 'backup.key' })).resolves.toEqual({
      ok: false,
      error: { code: 'keychain-unavailable', detail: 'linux backend basic_text' },
    });
  });
});
