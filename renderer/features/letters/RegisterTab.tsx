import { PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { letterStatusIds } from '../../../shared/domain/letter';
import { shanghaiDateTime, todayInShanghai } from '../../../shared/domain/time';
import { database } from '../../db/database';
import { isPostalReply, letterOfficers, listRegister, type RegisterFilter, type RegisterRow } from '../../db/lettersRegister';
import { useText } from '../../i18n/useText';
import { EnvelopeModal } from './EnvelopeModal';
import { LetterActions, type LetterActionHandlers } from './LetterActions';
import { LetterStatusTag } from './LetterStatusTag';
import { kindName } from './letterLabels';
import { MarkSentModal } from './MarkSentModal';
import { useLetterActions } from './useLetterActions';

/**
 * The 函件 register (SPEC §4): the letters of the chosen days (by default,
 * those signed today), by status and officer; the day's batch printed in
 * one go, envelopes for the postal replies, and each letter's own actions.
 */
export function RegisterTab() {
  const t = useText();
  const today = todayInShanghai(Date.now());
  const [filter, setFilter] = useState<RegisterFilter>({ from: today, to: today, status: 'issued', officer: 'all' });
  const rows = useLiveQuery(() => listRegister(database(), filter), [filter]);
  const officers = useLiveQuery(() => letterOfficers(database()), []) ?? [];
  const actions = useLetterActions();
  const [sending, setSending] = useState<RegisterRow | null>(null);
  const [envelopes, setEnvelopes] = useState<{ rows: RegisterRow[]; title: string } | null>(null);
  const handlers: LetterActionHandlers = useMemo(
    () => ({ actions, onMarkSent: setSending, onEnvelope: (row) => setEnvelopes({ rows: [row], title: t('letters.envelope.titleFor', { reference: row.case?.reference ?? '' }) }) }),
    [actions, t],
  );
  const signed = (rows ?? []).filter((r) => r.letter.status !== 'draft');
  const postal = signed.filter(isPostalReply);
  const set = (patch: Partial<RegisterFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline" colon={false} aria-label={t('letters.page.tabRegister')} style={{ rowGap: 8 }}>
        <Form.Item label={t('letters.register.from')} htmlFor="letters-from">
          <DatePicker id="letters-from" allowClear={false} value={dayjs(filter.from)} onChange={(d) => d && set({ from: d.format('YYYY-MM-DD') })} />
        </Form.Item>
        <Form.Item label={t('letters.register.to')} htmlFor="letters-to">
          <DatePicker id="letters-to" allowClear={false} value={dayjs(filter.to)} onChange={(d) => d && set({ to: d.format('YYYY-MM-DD') })} />
        </Form.Item>
        <Form.Item>
          <Button onClick={() => set({ from: today, to: today })}>{t('letters.register.today')}</Button>
        </Form.Item>
        <Form.Item>
          <Select
            aria-label={t('letters.register.statusFilter')}
            style={{ width: 180 }}
            value={filter.status}
            onChange={(status) => set({ status })}
            options={[
              { value: 'issued' as const, label: t('letters.register.issued') },
              ...letterStatusIds.map((s) => ({ value: s, label: t(`letters.status.${s}`) })),
              { value: 'all' as const, label: t('letters.register.allStatuses') },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Select
            aria-label={t('letters.register.officerFilter')}
            style={{ width: 160 }}
            value={filter.officer}
            onChange={(officer) => set({ officer })}
            options={[{ value: 'all', label: t('letters.register.allOfficers') }, ...officers.map((o) => ({ value: o, label: o }))]}
          />
        </Form.Item>
      </Form>
      <Space wrap>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} disabled={signed.length === 0} onClick={() => void actions.print(signed)}>
          {t('letters.register.printBatch', { count: signed.length })}
        </Button>
        <Button disabled={postal.length === 0} onClick={() => setEnvelopes({ rows: postal, title: t('letters.envelope.title') })}>
          {t('letters.register.envelopeBatch', { count: postal.length })}
        </Button>
        <Typography.Text type="secondary" role="status">
          {rows ? t('letters.register.count', { count: rows.length }) : t('common.loading')}
        </Typography.Text>
      </Space>
      <Table<RegisterRow>
        size="small"
        rowKey={(r) => r.letter.id}
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('letters.register.none') }}
        columns={[
          {
            title: t('letters.register.column.reference'),
            key: 'reference',
            render: (_, r) => (r.case ? <Link to={`/cases/${r.case.id}`}>{r.case.reference}</Link> : '—'),
          },
          {
            title: t('letters.register.column.letter'),
            key: 'letter',
            render: (_, r) => (
              <Space size={4} wrap>
                <span>{kindName(r.letter, t)}</span>
                {r.letter.version > 1 ? <Tag>{t('letters.register.version', { version: r.letter.version })}</Tag> : null}
              </Space>
            ),
          },
          { title: t('letters.register.column.status'), key: 'status', render: (_, r) => <LetterStatusTag status={r.letter.status} /> },
          { title: t('letters.register.column.signedAt'), key: 'signedAt', render: (_, r) => (r.letter.signedAt ? shanghaiDateTime(r.letter.signedAt) : '—') },
          { title: t('letters.register.column.officer'), key: 'officer', render: (_, r) => r.letter.signedBy ?? r.case?.assignee ?? '—' },
          { title: t('letters.register.column.recipient'), key: 'recipient', render: (_, r) => r.requester?.name ?? '—' },
          {
            title: t('letters.register.column.delivery'),
            key: 'delivery',
            render: (_, r) =>
              r.letter.sentVia && r.letter.sentOn ? (
                <span>
                  {t('letters.register.sentVia', { via: t(`letters.delivery.${r.letter.sentVia}`), date: r.letter.sentOn })}
                  {r.letter.trackingNumber ? <div>{t('letters.register.tracking', { number: r.letter.trackingNumber })}</div> : null}
                </span>
              ) : (
                '—'
              ),
          },
          { title: t('letters.register.column.actions'), key: 'actions', render: (_, r) => <LetterActions row={r} handlers={handlers} /> },
        ]}
      />
      <MarkSentModal row={sending} onSend={actions.markSent} onClose={() => setSending(null)} />
      <EnvelopeModal rows={envelopes?.rows ?? null} title={envelopes?.title ?? ''} onEnvelopes={actions.envelopes} onClose={() => setEnvelopes(null)} />
    </Space>
  );
}
