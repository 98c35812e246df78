import { Card, Spin } from 'antd';
import type { Incident } from '../../../../shared/domain/incident';
import { deriveObligations } from '../../../../shared/incidents';
import { useText } from '../../../i18n/useText';
import { useDeadlineContext } from '../../deadlines/useDeadlineContext';
import { useNow } from '../useNow';
import { ObligationItem } from './ObligationItem';

/** 报告与通知义务: every obligation the record brings, each with its clock, updated every minute (issue 7). */
export function ObligationsCard({ incident }: { incident: Incident }) {
  const t = useText();
  const context = useDeadlineContext();
  const now = useNow();
  return (
    <Card size="small" title={<h2 className="pane-title">{t('incidents.obligation.title')}</h2>} style={{ marginBottom: 16 }}>
      {context ? deriveObligations(incident, context.calendar, now).map((o) => <ObligationItem key={o.id} incident={incident} obligation={o} now={now} />) : <Spin />}
    </Card>
  );
}
