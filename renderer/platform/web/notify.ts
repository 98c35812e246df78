import type { MessageInput } from '../../../shared/platform/contract';
import { fail, ok, type Result } from '../../../shared/platform/result';

/**
 * A system notification through the Notification API, asking permission the
 * first time. A refusal is an answer (`shown: false`), not an error: the
 * reminder is still on the dashboard.
 */
export async function showNotification(input: MessageInput<'notify'>): Promise<Result<{ shown: boolean }>> {
  if (typeof Notification === 'undefined') return fail('unsupported', 'no Notification API');
  let permission = Notification.permission;
  if (permission === 'default') {
    try {
      permission = await Notification.requestPermission();
    } catch {
      return ok({ shown: false });
    }
  }
  if (permission !== 'granted') return ok({ shown: false });
  const notification = new Notification(input.title, { body: input.body, ...(input.tag !== undefined ? { tag: input.tag } : {}) });
  notification.onclick = () => window.focus();
  return ok({ shown: true });
}
