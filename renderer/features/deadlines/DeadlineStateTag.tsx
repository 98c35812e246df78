import { Tag } from 'antd';
import type { DeadlineState } from '../../../shared/deadlines';
import { useText } from '../../i18n/useText';

/** The state colours of SPEC §3, the same on the case, the list and the dashboard. */
export const DEADLINE_STATE_COLOURS: Record<DeadlineState, string> = {
  'on-track': 'green',
  'due-soon': 'gold',
  'due-today': 'orange',
  overdue: 'red',
  paused: 'purple',
  'closed-on-time': 'default',
  'closed-late': 'volcano',
  'not-started': 'blue',
  answered: 'cyan',
};

export function DeadlineStateTag({ state }: { state: DeadlineState }) {
  const t = useText();
  return <Tag color={DEADLINE_STATE_COLOURS[state]}>{t(`deadlines.state.${state}`)}</Tag>;
}
