import { Button, Card, Space, Table, Typography, message } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { readLetterSettings } from '../../db/lettersSettings';
import { markPrinted, printQueue } from '../../db/printQueue';
import type { PrintQueueItem } from '../../../shared/sync/printing';
import { shanghaiDate } from '../../../shared/domain/time';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { renderEnvelopes } from '../letters/envelope';
import { letterFonts } from '../letters/letterFonts';
import { useOfficerName } from '../ui/useOfficer';

/**
 * 待打印 (issue 10, SPEC "administrative staff"): the letters the team signed,
 * as the print database brings them — PDF and envelope address, nothing else
 * of the case — printed one by one or today's all at once. A print is
 * recorded only when the platform says it printed.
 */
export function PrintPage() {
  const t = useText();
  const errorText = usePlatformErrorText();
  const actor = useOfficerName();
  const items = useLiveQuery(() => printQueue(database()));
  const marks = useLiveQuery(() => database().printMarks.toArray());
  const printed = (letterId: string) => (marks ?? []).filter((m) => m.letterId === letterId);

  const print = async (item: PrintQueueItem, what: 'letter' | 'envelope'): Promise<boolean> => {
    let pdf: Uint8Array = item.pdf;
    if (what === 'envelope') {
      const { company } = await readLetterSettings(database());
      const envelope = await renderEnvelopes(
        [{ reference: item.reference, name: item.recipient.name, address: item.recipient.address ?? '', ...(item.recipient.postcode ? { postcode: item.recipient.postcode } : {}), mainland: /^\d{6}$/.test(item.recipient.postcode ?? '') }],
        'C5',
        company,
        await letterFonts(),
      );
      if (!envelope.ok) {
        void message.error(envelope.text);
        return false;
      }
      pdf = envelope.pdf;
    }
    const result = await platform.printPdf({ jobName: `${item.reference} ${what}`, pdf: Uint8Array.from(pdf) });
    if (!result.ok) {
      void message.error(errorText(result.error));
      return false;
    }
    // a print is marked only when the platform confirms it went to the printer (a browser cannot)
    if (!result.value.printed || !result.value.confirmed) {
      void message.info(t('team.print.dialogOnly'));
      return false;
    }
    if (actor) await markPrinted(database(), item, what, actor);
    void message.success(t('team.print.markedPrinted'));
    return true;
  };

  const today = shanghaiDate(Date.now());
  const todays = (items ?? []).filter((i) => shanghaiDate(i.signedAt) === today);
  return (
    <Card title={<h1 className="pane-title">{t('team.print.title')}</h1>}>
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          disabled={!todays.length}
          onClick={async () => {
            for (const item of todays) if (!(await print(item, 'letter'))) break;
          }}
        >
          {t('team.print.printAllToday')}
        </Button>
      </Space>
      <Table<PrintQueueItem>
        rowKey="letterId"
        dataSource={items ?? []}
        loading={!items}
        locale={{ emptyText: t('team.print.empty') }}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: t('team.print.reference'), dataIndex: 'reference' },
          {
            title: t('team.print.recipient'),
            render: (_, item) => (
              <Space orientation="vertical" size={0}>
                <span>{item.recipient.name}</span>
                <Typography.Text type="secondary">{[item.recipient.postcode, item.recipient.address].filter(Boolean).join(' ')}</Typography.Text>
              </Space>
            ),
          },
          { title: t('team.print.signedAt'), render: (_, item) => new Date(item.signedAt).toLocaleString() },
          {
            title: t('team.print.printed'),
            render: (_, item) => {
              const done = printed(item.letterId);
              return done.length ? done.map((m) => `${m.what === 'letter' ? t('team.print.printLetter') : t('team.print.printEnvelope')} · ${m.by} · ${new Date(m.at).toLocaleString()}`).join('；') : t('team.print.notPrinted');
            },
          },
          {
            title: '',
            render: (_, item) => (
              <Space>
                <Button size="small" onClick={() => void print(item, 'letter')} aria-label={`${t('team.print.printLetter')} ${item.reference}`}>
                  {t('team.print.printLetter')}
                </Button>
                <Button size="small" onClick={() => void print(item, 'envelope')} aria-label={`${t('team.print.printEnvelope')} ${item.reference}`} disabled={!item.recipient.address}>
                  {t('team.print.printEnvelope')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
