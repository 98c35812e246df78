import { Alert, Collapse, Table, Typography } from 'antd';
import type { StoredImportReport } from '../../../../shared/incidents';
import { shanghaiDateTime } from '../../../../shared/domain/time';
import { useText } from '../../../i18n/useText';

/** The import's report in the user's language (issue 7): what was read, added, merged, and every rejected row with its reasons. */
export function ImportReportView({ report }: { report: StoredImportReport }) {
  const t = useText();
  const line = (n: number) => t('incidents.people.report.line', { line: n });
  const pagination = { pageSize: 10, size: 'small' as const, showSizeChanger: false, hideOnSinglePage: true };
  return (
    <section aria-labelledby="import-report-title" style={{ marginBottom: 16 }}>
      <h3 id="import-report-title" className="pane-title" style={{ marginBottom: 8 }}>
        {t('incidents.people.report.title', { file: report.fileName })}
      </h3>
      <Alert
        type={report.rejected.length ? 'warning' : 'success'}
        showIcon
        title={t('incidents.people.report.summary', { rows: report.rowsRead, added: report.added, merged: report.merged.length, rejected: report.rejected.length })}
        description={
          <>
            {t('incidents.people.report.encoding', { encoding: t(`incidents.people.encodingName.${report.encoding}`) })} · {report.by} · {shanghaiDateTime(report.at)}
            {report.header === 'positional' ? <div>{t('incidents.people.report.headerPositional')}</div> : null}
          </>
        }
        style={{ marginBottom: 8 }}
      />
      <Collapse
        size="small"
        defaultActiveKey={report.rejected.length ? ['rejected'] : []}
        items={[
          {
            key: 'rejected',
            label: `${t('incidents.people.report.rejected')}${t('incidents.countSuffix', { count: report.rejected.length })}`,
            children: (
              <Table
                size="small"
                rowKey="line"
                pagination={pagination}
                dataSource={report.rejected}
                locale={{ emptyText: t('incidents.people.report.none') }}
                aria-label={t('incidents.people.report.rejected')}
                columns={[
                  { title: t('incidents.people.report.lineColumn'), key: 'line', width: 90, render: (_, r) => line(r.line) },
                  { title: t('incidents.people.report.content'), key: 'raw', render: (_, r) => [r.raw.name, r.raw.mobile, r.raw.email].filter(Boolean).join(' / ') || '—' },
                  { title: t('incidents.people.report.reasons'), key: 'reasons', render: (_, r) => r.problems.map((p) => t(`incidents.people.reason.${p}`)).join(t('incidents.clauseSeparator')) },
                ]}
              />
            ),
          },
          {
            key: 'warnings',
            label: `${t('incidents.people.report.warnings')}${t('incidents.countSuffix', { count: report.warnings.length })}`,
            children: (
              <Table
                size="small"
                rowKey={(r) => `${r.line}-${r.problem}`}
                pagination={pagination}
                dataSource={report.warnings}
                locale={{ emptyText: t('incidents.people.report.none') }}
                columns={[
                  { title: t('incidents.people.report.lineColumn'), key: 'line', width: 90, render: (_, r) => line(r.line) },
                  { title: t('incidents.people.report.content'), key: 'value', render: (_, r) => r.value },
                  { title: t('incidents.people.report.reasons'), key: 'reason', render: (_, r) => t(`incidents.people.reason.${r.problem}`) },
                ]}
              />
            ),
          },
          {
            key: 'merged',
            label: `${t('incidents.people.report.merged')}${t('incidents.countSuffix', { count: report.merged.length })}`,
            children: (
              <Table
                size="small"
                rowKey="line"
                pagination={pagination}
                dataSource={report.merged}
                locale={{ emptyText: t('incidents.people.report.none') }}
                columns={[
                  { title: t('incidents.people.report.lineColumn'), key: 'line', width: 90, render: (_, r) => line(r.line) },
                  {
                    title: t('incidents.people.report.content'),
                    key: 'into',
                    render: (_, r) => (
                      <>
                        {r.into ? t('incidents.people.report.mergedInto', { line: r.into }) : t('incidents.people.report.mergedExisting')}
                        {r.conflicts.length ? (
                          <Typography.Text type="warning">
                            {' · '}
                            {t('incidents.people.report.conflicts', { fields: r.conflicts.map((f) => t(`incidents.people.column.${f}`)).join(t('incidents.listSeparator')) })}
                          </Typography.Text>
                        ) : null}
                      </>
                    ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </section>
  );
}
