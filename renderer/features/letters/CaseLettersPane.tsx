import { FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate } from 'react-router';
import type { ResponseLetter } from '../../../shared/domain/letter';
import { shanghaiDate } from '../../../shared/domain/time';
import { database } from '../../db/database';
import { useText } from '../../i18n/useText';
import { useAppSelector } from '../../app/store';
import { platform } from '../../platform';
import { selectLocale } from '../ui/uiSlice';
import { useOfficerName } from '../ui/useOfficer';
import { arrayBufferBacked } from './bytes';
import { recordCaseFileExported } from '../../db/caseFileAudit';
import { exportCaseFile } from './exportCaseFile';
import { kindName } from './letterLabels';
import { LetterStatusTag } from './LetterStatusTag';

/** The 函件 pane of a case: its letters, every version, newest first, and a new one. */
export function CaseLettersPane({ caseId }: { caseId: string }) {
  const t = useText();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const locale = useAppSelector(selectLocale);
  const officer = useOfficerName();
  const [exporting, setExporting] = useState(false);
  // issue 14: the case file (案卷) as one PDF, in the interface's language
  const exportFile = async () => {
    if (!officer) return;
    setExporting(true);
    try {
      const result = await exportCaseFile(caseId, locale, officer, t);
      if (!result.ok) return void message.error(t('letters.caseFile.failed', { reason: result.reason }));
      const saved = await platform.saveFile({ title: t('letters.caseFile.exportTitle'), suggestedName: result.fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }], bytes: arrayBufferBacked(result.pdf) });
      if (!saved.ok) return;
      // what left the store, and who sent it out (issue 14)
      await recordCaseFileExported(database(), caseId, result.pdf, result.letters, officer);
      void message.success(t('letters.caseFile.exported', { file: saved.value.savedAs }));
    } catch (e) {
      void message.error(t('letters.caseFile.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setExporting(false);
    }
  };
  const letters = useLiveQuery(
    async () => (await database().letters.where('caseId').equals(caseId).toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [caseId],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => void navigate(`/cases/${caseId}/letters/new`)}>
          {t('letters.pane.newLetter')}
        </Button>
        <Button icon={<FilePdfOutlined aria-hidden />} loading={exporting} disabled={!officer} onClick={() => void exportFile()}>
          {t('letters.caseFile.export')}
        </Button>
      </Space>
      <Table<ResponseLetter>
        size="small"
        rowKey="id"
        pagination={false}
        loading={letters === undefined}
        dataSource={letters ?? []}
        locale={{ emptyText: t('letters.pane.none') }}
        columns={[
          {
            title: t('letters.register.column.letter'),
            key: 'letter',
            render: (_, l) => (
              <Space size={4} wrap>
                <Link to={`/letters/${l.id}`} aria-label={t('letters.pane.open', { letter: kindName(l, t), version: l.version })}>
                  {kindName(l, t)}
                </Link>
                {l.version > 1 ? <Tag>{t('letters.register.version', { version: l.version })}</Tag> : null}
              </Space>
            ),
          },
          { title: t('letters.register.column.status'), key: 'status', render: (_, l) => <LetterStatusTag status={l.status} /> },
          { title: t('letters.pane.date'), key: 'date', render: (_, l) => l.sentOn ?? shanghaiDate(l.signedAt ?? l.updatedAt) },
        ]}
      />
    </Space>
  );
}
