import { Tag } from 'antd';
import type { IncidentGrade } from '../../../shared/incidents';
import { useText } from '../../i18n/useText';

const COLOURS: Record<IncidentGrade, string> = { general: 'default', major: 'orange', serious: 'volcano', 'especially-serious': 'red' };

/** The grade in force; dashed while it is only the suggestion. */
export function GradeTag({ grade, confirmed }: { grade: IncidentGrade; confirmed: boolean }) {
  const t = useText();
  return (
    <Tag color={COLOURS[grade]} variant={confirmed ? 'filled' : 'outlined'} style={confirmed ? undefined : { borderStyle: 'dashed' }}>
      {t(`incidents.grade.${grade}`)}
    </Tag>
  );
}
