import { Tag } from 'antd';
import type { CaseStatus } from '../../../shared/domain/case';
import { useText } from '../../i18n/useText';

const COLOURS: Record<CaseStatus, string> = { open: 'processing', paused: 'warning', closed: 'default' };

export function StatusTag({ status }: { status: CaseStatus }) {
  const t = useText();
  return <Tag color={COLOURS[status]}>{t(`caseStatus.${status}`)}</Tag>;
}
