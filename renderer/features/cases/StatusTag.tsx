import { Tag } from 'antd';
import type { CaseStage, CaseStatus } from '../../../shared/domain/case';
import { useText } from '../../i18n/useText';

const COLOURS: Record<CaseStatus, string> = { open: 'processing', paused: 'warning', closed: 'default' };

/** The case's status; a voided case (closed with stage 作废, issue 14) shows 作废 so its number is never read as answered. */
export function StatusTag({ status, stage }: { status: CaseStatus; stage?: CaseStage }) {
  const t = useText();
  if (stage === 'voided') return <Tag color="error">{t('caseStage.voided')}</Tag>;
  return <Tag color={COLOURS[status]}>{t(`caseStatus.${status}`)}</Tag>;
}
