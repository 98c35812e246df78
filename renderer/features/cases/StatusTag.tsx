import { Tag } from 'antd';
import type { CaseStage, CaseStatus } from '../../../shared/domain/case';
import { useText } from '../../i18n/useText';

const COLOURS: Record<CaseStatus, string> = { open: 'processing', paused: 'warning', closed: 'default' };

/**
 * The case's status; a voided case (closed with stage 作废, issue 14) shows 作废 so its number is never read as
 * answered, and a merged one (voided too) 已合并 where the caller knows it.
 */
export function StatusTag({ status, stage, merged }: { status: CaseStatus; stage?: CaseStage; merged?: boolean }) {
  const t = useText();
  if (stage === 'voided') return <Tag color="error">{merged ? t('cases.merge.mergedTag') : t('caseStage.voided')}</Tag>;
  return <Tag color={COLOURS[status]}>{t(`caseStatus.${status}`)}</Tag>;
}
