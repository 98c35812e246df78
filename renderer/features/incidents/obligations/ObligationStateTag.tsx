import { Tag } from 'antd';
import type { ObligationState } from '../../../../shared/incidents';
import { useText } from '../../../i18n/useText';

const COLOURS: Record<ObligationState, string> = {
  pending: 'default',
  due: 'gold',
  late: 'red',
  done: 'green',
  'done-late': 'volcano',
  waived: 'blue',
};

export function ObligationStateTag({ state }: { state: ObligationState }) {
  const t = useText();
  return <Tag color={COLOURS[state]}>{t(`incidents.state.${state}`)}</Tag>;
}
