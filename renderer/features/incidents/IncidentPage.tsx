import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Result, Row, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { shanghaiDateTime } from '../../../shared/domain/time';
import { effectiveGrade } from '../../../shared/incidents';
import { useText } from '../../i18n/useText';
import { DraftsTab } from './drafts/DraftsTab';
import { GradeTag } from './GradeTag';
import { GradingCard } from './GradingCard';
import { IncidentTimeline } from './IncidentTimeline';
import { ObligationsCard } from './obligations/ObligationsCard';
import { PeopleTab } from './people/PeopleTab';
import { RecordForm } from './record/RecordForm';
import { useIncident } from './useIncident';

/** One incident: the record, its drafts, its affected people and its history; the grade and the running clocks beside them. */
export function IncidentPage() {
  const t = useText();
  const { incidentId } = useParams();
  const data = useIncident(incidentId);
  if (data === undefined) return <Spin />;
  if (data === null) return <Result status="404" title={t('incidents.page.notFound')} extra={<Link to="/incidents">{t('incidents.page.backToList')}</Link>} />;
  const { incident, events } = data;

  return (
    <article aria-labelledby="incident-title">
      <Space align="center" style={{ marginBottom: 8 }} wrap>
        <Link to="/incidents" aria-label={t('incidents.page.backToList')}>
          <Button icon={<ArrowLeftOutlined />} tabIndex={-1} />
        </Link>
        <Typography.Title level={3} id="incident-title" style={{ margin: 0 }}>
          {incident.reference} {incident.title}
        </Typography.Title>
        <GradeTag grade={effectiveGrade(incident)} confirmed={!!incident.gradeDecision} />
        <Tag>{t(`incidents.status.${incident.status}`)}</Tag>
      </Space>
      <Typography.Paragraph type="secondary">{t('incidents.page.discovered', { at: shanghaiDateTime(incident.discoveredAt) })}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Tabs
              defaultActiveKey="record"
              items={[
                { key: 'record', label: t('incidents.page.tab.record'), children: <RecordForm key={incident.id} incident={incident} /> },
                { key: 'drafts', label: t('incidents.page.tab.drafts'), children: <DraftsTab data={data} /> },
                { key: 'people', label: t('incidents.page.tab.people'), children: <PeopleTab data={data} /> },
                { key: 'timeline', label: t('incidents.page.tab.timeline'), children: <IncidentTimeline events={events} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          {/* the clocks stay in view while the long record form scrolls past */}
          <div style={{ position: 'sticky', top: 0, maxHeight: 'calc(100vh - 104px)', overflowY: 'auto' }}>
            <ObligationsCard incident={incident} />
            <GradingCard incident={incident} />
          </div>
        </Col>
      </Row>
    </article>
  );
}
