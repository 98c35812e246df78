import { fail, ok } from '../../shared/platform/result';
import type { PlatformHandler } from './types';

/** The parts of Electron's Notification this handler uses. */
export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'click' | 'close', listener: () => void): unknown;
}

export interface NotifyDeps {
  isSupported(): boolean;
  create(options: { title: string; body: string }): NotificationLike;
  /** Clicking a notification brings the app forward. */
  onClick(): void;
}

/**
 * A system notification (deadline reminders). Shown from the main process,
 * so the page needs no notification permission (hardenWindow grants none).
 *
 * Electron has no portable "tag", so a tagged notification closes the one
 * shown before with the same tag. Shown notifications are kept referenced
 * until closed: Electron drops the click handler of one that was garbage
 * collected.
 */
export function notifyHandler(deps: NotifyDeps): PlatformHandler<'notify'> {
  const byTag = new Map<string, NotificationLike>();
  const live = new Set<NotificationLike>();
  return async ({ title, body, tag }) => {
    if (!deps.isSupported()) return fail('unsupported', 'notifications not supported');
    const notification = deps.create({ title, body });
    live.add(notification);
    notification.on('click', deps.onClick);
    notification.on('close', () => {
      live.delete(notification);
      if (tag !== undefined && byTag.get(tag) === notification) byTag.delete(tag);
    });
    if (tag !== undefined) {
      byTag.get(tag)?.close();
      byTag.set(tag, notification);
    }
    notification.show();
    return ok({ shown: true });
  };
}
