import { Alert, Button, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { RecomputeReport } from '../../db/caseClock';
import { useText } from '../../i18n/useText';

/**
 * What a calendar or rule change did to the open cases (SPEC §3: a case whose
 * due date moved shows the old and new dates), each moved case a link to its page.
 */
export function RecomputeReportView({ headline, report, onClose }: { headline: string; report: RecomputeReport; onClose: () => void }) {
  const t = useText();
  const movedCount = report.moved.length;
  const moved = [...report.moved].sort((a, b) => a.reference.localeCompare(b.reference));
  return (
    <section aria-labelledby="recompute-title" style={{ marginTop: 16 }}>
      <h3 id="recompute-title" className="pane-title" style={{ marginBottom: 8 }}>
        {t('settings.recompute.title')}
      </h3>
      <Alert
        type={report.failed.length ? 'warning' : 'success'}
        showIcon
        title={t('settings.recompute.headline', { what: headline, checked: t('settings.recompute.checked', { checked: report.checked }) })}
        description={
          <Space orientation="vertical" size={4}>
            <span>{movedCount ? t('settings.recompute.moved', { count: movedCount }) : t('settings.recompute.noneMoved')}</span>
            <Typography.Text type="secondary">{t('settings.recompute.pausedNote')}</Typography.Text>
          </Space>
        }
      />
      {movedCount ? (
        <Table
          size="small"
          style={{ marginTop: 8 }}
          rowKey="caseId"
          aria-label={t('settings.recompute.moved', { count: movedCount })}
          dataSource={moved}
          pagination={movedCount > 20 ? { pageSize: 20, size: 'small' } : false}
          columns={[
            {
              title: t('settings.recompute.reference'),
              key: 'reference',
              render: (_, m) => <Link to={`/cases/${m.caseId}`}>{m.reference}</Link>,
            },
            { title: t('settings.recompute.from'), key: 'from', render: (_, m) => m.from ?? t('settings.recompute.none') },
            { title: t('settings.recompute.to'), key: 'to', render: (_, m) => <Typography.Text strong>{m.to ?? t('settings.recompute.none')}</Typography.Text> },
          ]}
        />
      ) : null}
      {report.failed.length ? (
        <Alert
          style={{ marginTop: 8 }}
          type="error"
          title={t('settings.recompute.failed', { count: report.failed.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {report.failed.map((f) => (
                <li key={f.caseId}>
                  <Link to={`/cases/${f.caseId}`}>{f.caseId}</Link>: {f.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Button style={{ marginTop: 8 }} onClick={onClose}>
        {t('settings.recompute.close')}
      </Button>
    </section>
  );
}
