import { CheckOutlined } from '@ant-design/icons';
import { Badge, Radio, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { draftKindsFor, viewDraft, type DraftKind } from '../../../../shared/incidents';
import { database } from '../../../db/database';
import { readPeople } from '../../../db/incidentPeople';
import { useText } from '../../../i18n/useText';
import type { IncidentData } from '../useIncident';
import { useNow } from '../useNow';
import { DraftEditor } from './DraftEditor';

/** 通知与报告草稿: every draft the incident calls for, one at a time, with a mark where one is incomplete. */
export function DraftsTab({ data }: { data: IncidentData }) {
  const t = useText();
  const now = useNow();
  const { incident, letters } = data;
  const kinds = draftKindsFor(incident);
  const [picked, setPicked] = useState<DraftKind>('email');
  const kind = kinds.includes(picked) ? picked : 'email';
  const mobiles = useLiveQuery(async () => (await readPeople(database(), incident.id))?.people.filter((p) => p.mobile).length ?? 0, [incident.id]) ?? 0;
  const views = kinds.map((k) => viewDraft(k, incident, { company: data.company, nowMs: now }));
  const view = views.find((v) => v.kind === kind)!;

  return (
    <div>
      <Radio.Group
        aria-label={t('incidents.drafts.pick')}
        optionType="button"
        value={kind}
        onChange={(e) => setPicked(e.target.value as DraftKind)}
        style={{ marginBottom: 12, display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
        options={views.map((v) => ({
          value: v.kind,
          // a mark for the eye only: the checklist below says the same in words
          label: (
            <Space size={4}>
              {t(`incidents.drafts.kind.${v.kind}`)}
              {v.readyAt ? <CheckOutlined aria-hidden style={{ color: '#389e0d' }} /> : v.completeness.complete ? null : <Badge status="error" aria-hidden />}
            </Space>
          ),
        }))}
      />
      <DraftEditor key={kind} incident={incident} view={view} letters={letters} mobiles={mobiles} />
    </div>
  );
}
