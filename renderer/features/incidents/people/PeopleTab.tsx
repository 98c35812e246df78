import { DeleteOutlined, FilePdfOutlined, MailOutlined, MessageOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Progress, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { groupDigits, type AffectedPerson } from '../../../../shared/incidents';
import { database } from '../../../db/database';
import { clearPeople, PeopleListChangedError, readPeople, savePeopleImport } from '../../../db/incidentPeople';
import { readPeopleCsvInWorker } from '../../../workers/peopleCsvClient';
import { useText } from '../../../i18n/useText';
import { platform } from '../../../platform';
import type { IncidentData } from '../useIncident';
import { useIncidentAction } from '../useIncidentAction';
import { ImportReportView } from './ImportReportView';
import { usePeopleExports } from './usePeopleExports';

/** 受影响人员: import the list, read the import's report, produce the notices for everyone on it. */
export function PeopleTab({ data }: { data: IncidentData }) {
  const t = useText();
  const { modal, message } = App.useApp();
  const { incident } = data;
  const list = useLiveQuery(() => readPeople(database(), incident.id), [incident.id]);
  const people: AffectedPerson[] = list?.people ?? [];
  const { run, busy } = useIncidentAction();
  const [reading, setReading] = useState<{ percent: number; rows: number } | undefined>(undefined);
  const exports = usePeopleExports(data, people);
  const mobiles = people.filter((p) => p.mobile).length;
  const emails = people.filter((p) => p.email).length;

  // issue 12: the file is read as a stream in a worker; only the merged list comes back to be saved
  const importFile = async () => {
    const picked = await platform.openFiles({ title: t('incidents.people.import'), filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }], multiple: false });
    const file = picked.ok ? picked.value[0] : undefined;
    if (!file) return;
    setReading({ percent: 0, rows: 0 });
    try {
      const existing = people;
      const { result, sha256 } = await readPeopleCsvInWorker(new Blob([file.bytes as Uint8Array<ArrayBuffer>]), existing, (p) =>
        setReading({ percent: Math.round((p.bytesRead / Math.max(1, p.totalBytes)) * 100), rows: p.rows }),
      );
      if (!result.ok) {
        void message.error(result.problem === 'unterminated-quote' ? t('incidents.people.problem.unterminated-quote', { line: result.line }) : t(`incidents.people.problem.${result.problem}`));
        return;
      }
      await run(
        (db, actor) => savePeopleImport(db, incident.id, { name: file.name, sha256 }, result, existing.length, actor),
        undefined,
        (error) => (error instanceof PeopleListChangedError ? t('incidents.people.problem.changed') : undefined),
      );
    } catch {
      // the worker failed (a bug of ours): said in the officer's words, never the raw error
      void message.error(t('incidents.failed'));
    } finally {
      setReading(undefined);
    }
  };

  return (
    <div>
      <Typography.Paragraph type="secondary">{t('incidents.people.importHelp')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<UploadOutlined aria-hidden />} loading={reading !== undefined || busy} onClick={() => void importFile()}>
          {t('incidents.people.import')}
        </Button>
        <Button
          danger
          icon={<DeleteOutlined aria-hidden />}
          disabled={!people.length}
          onClick={() =>
            modal.confirm({
              title: t('incidents.people.clear'),
              content: t('incidents.people.clearConfirm', { count: groupDigits(people.length) }),
              okText: t('common.confirm'),
              cancelText: t('common.cancel'),
              onOk: () => run((db, actor) => clearPeople(db, incident.id, actor)),
            })
          }
        >
          {t('incidents.people.clear')}
        </Button>
      </Flex>
      {reading ? <Alert type="info" showIcon title={t('incidents.people.importProgress', { percent: reading.percent, rows: groupDigits(reading.rows) })} style={{ marginBottom: 12 }} /> : null}
      {list?.lastImport ? <ImportReportView report={list.lastImport} /> : null}

      <section aria-labelledby="people-exports-title" style={{ marginBottom: 16 }}>
        <h3 id="people-exports-title" className="pane-title" style={{ marginBottom: 8 }}>
          {t('incidents.people.exports.title')}
        </h3>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('incidents.people.exports.emailDraftNote')} {t('incidents.people.exports.unsignedBatch')}
        </Typography.Paragraph>
        {(['email', 'sms'] as const)
          .filter((k) => !incident.drafts[k]?.readyAt)
          .map((k) => (
            <Typography.Paragraph key={k} type="warning" style={{ fontSize: 12, margin: '0 0 4px' }}>
              {t('incidents.people.exports.notReady', { kind: t(`incidents.drafts.kind.${k}`) })}
            </Typography.Paragraph>
          ))}
        <Flex gap={8} wrap>
          <Button icon={<FilePdfOutlined aria-hidden />} disabled={!people.length || !!exports.progress} onClick={() => void exports.exportPdf()}>
            {t('incidents.people.exports.pdf')}
          </Button>
          <Button icon={<MessageOutlined aria-hidden />} disabled={!mobiles} onClick={() => void exports.exportSmsCsv()}>
            {t('incidents.people.exports.smsCsv')}
          </Button>
          <Button icon={<MailOutlined aria-hidden />} disabled={!emails} onClick={() => void exports.exportEml()}>
            {t('incidents.people.exports.eml')}
          </Button>
        </Flex>
        {exports.progress ? (
          <div style={{ marginTop: 8 }} aria-live="polite">
            <Progress percent={Math.round((exports.progress.done / Math.max(1, exports.progress.total)) * 100)} size="small" />
            <Typography.Text type="secondary">{t('incidents.people.exports.rendering', { done: exports.progress.done, total: exports.progress.total })}</Typography.Text>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="people-list-title">
        <h3 id="people-list-title" className="pane-title" style={{ marginBottom: 8 }}>
          {people.length ? t('incidents.people.count', { count: groupDigits(people.length), mobiles: groupDigits(mobiles), emails: groupDigits(emails) }) : t('incidents.people.none')}
        </h3>
        {people.length ? (
          <Table<AffectedPerson>
            size="small"
            rowKey={(p) => p.mobile ?? p.email ?? p.name}
            dataSource={people}
            pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
            columns={[
              { title: t('incidents.people.column.name'), key: 'name', render: (_, p) => p.name || '—' },
              { title: t('incidents.people.column.mobile'), key: 'mobile', render: (_, p) => p.mobile ?? '—' },
              { title: t('incidents.people.column.email'), key: 'email', render: (_, p) => p.email ?? '—' },
            ]}
          />
        ) : (
          <Empty description={t('incidents.people.none')} />
        )}
      </section>
    </div>
  );
}
