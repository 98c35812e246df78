import type { Translate } from '../../../shared/i18n/messages';
import type { MailboxState } from '../../../shared/mailbox';
import { formatShanghaiTime } from './time';

/** One mailbox's state as a sentence in the user's language (issue 17: "a clear state in the shell"). */
export function mailboxStateText(state: MailboxState, t: Translate): string {
  const label = state.label;
  switch (state.state) {
    case 'off':
      return t('mailbox.indicator.off', { label });
    case 'connecting':
      return t('mailbox.indicator.connecting', { label });
    case 'syncing':
      return t('mailbox.indicator.syncing', { label, done: state.progress?.done ?? 0, total: state.progress?.total ?? 0 });
    case 'watching':
      return t('mailbox.indicator.watching', { label });
    case 'error': {
      const problem = t(`mailbox.problem.${state.problem ?? 'protocol'}`);
      const text = t('mailbox.indicator.error', { label, problem });
      return state.retryAt ? `${text}（${t('mailbox.indicator.retry', { time: formatShanghaiTime(state.retryAt) })}）` : text;
    }
  }
}

export function mailboxStateColor(state: MailboxState): 'success' | 'processing' | 'default' | 'error' {
  if (state.state === 'watching') return 'success';
  if (state.state === 'syncing' || state.state === 'connecting') return 'processing';
  if (state.state === 'error') return 'error';
  return 'default';
}
