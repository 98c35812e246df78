import { Tag } from 'antd';
import type { LetterStatus } from '../../../shared/domain/letter';
import { useText } from '../../i18n/useText';

const COLORS: Record<LetterStatus, string> = { draft: 'default', signed: 'green', sent: 'blue' };

export function LetterStatusTag({ status }: { status: LetterStatus }) {
  const t = useText();
  return <Tag color={COLORS[status]}>{t(`letters.status.${status}`)}</Tag>;
}
