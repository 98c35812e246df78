import { describe, expect, it, vi } from 'vitest';
import { notifyHandler, type NotificationLike, type NotifyDeps } from './notify';

class FakeNotification implements NotificationLike {
  shown = false;
  closed = false;
  private listeners = new Map<string, (() => void)[]>();
  constructor(public options: { title: string; body: string }) {}
  show() {
    this.shown = true;
  }
  close() {
    this.closed = true;
    for (const l of this.listeners.get('close') ?? []) l();
  }
  on(event: 'click' | 'close', listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  click() {
    for (const l of this.listeners.get('click') ?? []) l();
  }
}

function setUp(supported = true) {
  const made: FakeNotification[] = [];
  const deps: NotifyDeps = {
    isSupported: () => supported,
    create: (options) => {
      const n = new FakeNotification(options);
      made.push(n);
      return n;
    },
    onClick: vi.fn(),
  };
  return { made, deps, notify: notifyHandler(deps) };
}

const call = { window: null };

describe('notify', () => {
  it('shows a notification, and a click brings the app forward', async () => {
    const { made, deps, notify } = setUp();
    await expect(notify({ title: '期限提醒', body: '3 件案件明天到期' }, call)).resolves.toEqual({ ok: true, value: { shown: true } });
    expect(made[0]?.shown).toBe(true);
    made[0]?.click();
    expect(deps.onClick).toHaveBeenCalledOnce();
  });

  it('replaces the previous notification with the same tag', async () => {
    const { made, notify } = setUp();
    await notify({ title: '期限提醒', body: '3 件', tag: 'deadlines' }, call);
    await notify({ title: '其他', body: 'x', tag: 'other' }, call);
    await notify({ title: '期限提醒', body: '4 件', tag: 'deadlines' }, call);
    expect(made.map((n) => n.closed)).toEqual([true, false, false]);
  });

  it('answers unsupported where the system has no notifications', async () => {
    const { made, notify } = setUp(false);
    await expect(notify({ title: 't', body: 'b' }, call)).resolves.toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(made).toEqual([]);
  });
});
