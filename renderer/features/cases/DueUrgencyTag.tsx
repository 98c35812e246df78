import { Tag } from 'antd';
import type { DueUrgency } from '../dashboard/dashboardQueries';
import { DEADLINE_STATE_COLOURS } from '../deadlines/DeadlineStateTag';
import { useText } from '../../i18n/useText';
import './dueUrgency.css';

/**
 * 已逾期 / 今日到期 / 3 个工作日内到期 beside a due date in a list (issue 14:
 * the manager sees at a glance what is late). The word is always shown with
 * the colour, so it does not rest on colour alone.
 */
export function DueUrgencyTag({ urgency }: { urgency: DueUrgency | undefined }) {
  const t = useText();
  if (!urgency) return null;
  return (
    <Tag color={DEADLINE_STATE_COLOURS[urgency]} data-urgency={urgency}>
      {t(`deadlines.state.${urgency}`)}
    </Tag>
  );
}

/** The class that tints a list row by its urgency (dueUrgency.css). */
export const dueRowClassName = (urgency: DueUrgency | undefined): string => (urgency ? `casedesk-due-${urgency}` : '');
