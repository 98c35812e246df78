import { Alert, App, Button, Card, Divider, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ExportProblem, ExportVerdict } from '../../../shared/audit/auditExport';
import { shanghaiDateTime } from '../../../shared/domain/time';
import type { TextKey, TextParams } from '../../../shared/i18n/messages';
import { verifyAuditLog } from '../../db/audit/verifyStore';
import { exportAuditLog, verifyExportedLog } from '../../db/audit/exportAudit';
import { database } from '../../db/database';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { actorOf } from '../ui/useOfficer';

const CHAIN_PROBLEMS = new Set(['edited', 'forged', 'deleted', 'reordered', 'unlinked', 'truncated', 'cleared', 'head-forged', 'head-mismatch', 'head-missing', 'downgraded']);

/** The sentence for one problem of an exported log, in the user's language. */
function problemText(t: (key: TextKey, params?: TextParams) => string, p: ExportProblem): string {
  const params = Object.fromEntries(Object.entries(p).filter(([, v]) => typeof v === 'string' || typeof v === 'number')) as TextParams;
  if (CHAIN_PROBLEMS.has(p.kind)) return `${'chain' in p ? `${p.chain}: ` : ''}${t(`audit.problem.${p.kind}` as TextKey, params)}`;
  return t(`audit.exportProblem.${p.kind}` as TextKey, params);
}

/**
 * 审计日志 in Settings (issue 11): verify the store's log now (records
 * included), export it for an auditor (CSV and JSON with a signed head), and
 * verify an exported log (edited or removed events are named).
 */
export function AuditCard() {
  const t = useText();
  const { message } = App.useApp();
  const [json, setJson] = useState<File | null>(null);
  const [csv, setCsv] = useState<File | null>(null);
  const [verdict, setVerdict] = useState<ExportVerdict | null>(null);

  const save = async (name: string, text: string, extension: string) =>
    platform.saveFile({ title: t('audit.title'), suggestedName: name, filters: [{ name: extension.toUpperCase(), extensions: [extension] }], bytes: new TextEncoder().encode(text) });

  const exportLog = async (what: 'csv' | 'json') => {
    const db = database();
    const exported = await exportAuditLog(db, (await actorOf(db)) ?? 'CaseDesk');
    const stamp = exported.json.head.exportedAt.slice(0, 10);
    const saved = what === 'json' ? await save(`casedesk-audit-${stamp}.json`, JSON.stringify(exported.json, null, 1), 'json') : await save(`casedesk-audit-${stamp}.csv`, exported.csv, 'csv');
    if (saved.ok) void message.success(t('audit.exported', { events: exported.json.events.length }));
  };

  return (
    <Card size="small" title={<h2 className="pane-title">{t('settings.auditChain')}</h2>} style={{ marginBottom: 16 }}>
      <Space wrap>
        <Button
          onClick={async () => {
            const result = await verifyAuditLog(database(), { records: true });
            const first = result.chains.flatMap((c) => c.problems)[0];
            if (result.ok) void message.success(t('settings.chainOk', { count: result.events }));
            else void message.error(t('settings.chainBroken', { seq: first && 'seq' in first ? first.seq : 0 }));
          }}
        >
          {t('settings.verifyChain')}
        </Button>
        <Button onClick={() => void exportLog('json')}>{t('audit.exportJson')}</Button>
        <Button onClick={() => void exportLog('csv')}>{t('audit.exportCsv')}</Button>
      </Space>
      <Divider />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('audit.verifyExport')}
      </Typography.Title>
      <Space wrap align="center">
        <label>
          {t('audit.verifyJson')}{' '}
          <input type="file" accept=".json" aria-label={t('audit.verifyJson')} onChange={(e) => setJson(e.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t('audit.verifyCsv')}{' '}
          <input type="file" accept=".csv" aria-label={t('audit.verifyCsv')} onChange={(e) => setCsv(e.target.files?.[0] ?? null)} />
        </label>
        <Button disabled={!json} onClick={async () => json && setVerdict(verifyExportedLog(database(), await json.text(), csv ? await csv.text() : undefined))}>
          {t('audit.verifyExportRun')}
        </Button>
      </Space>
      {verdict ? (
        <Alert
          style={{ marginTop: 12 }}
          role="status"
          data-testid="audit-export-verdict"
          type={verdict.ok ? 'success' : 'error'}
          showIcon
          message={
            verdict.ok
              ? t('audit.exportVerdictOk', { events: verdict.events, chains: verdict.chains, signer: verdict.signer ?? '', at: verdict.exportedAt ? shanghaiDateTime(verdict.exportedAt) : '' })
              : t('audit.exportVerdictBroken', { count: verdict.problems.length })
          }
          description={
            verdict.problems.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {verdict.problems.map((p, i) => (
                  <li key={i}>{problemText(t, p)}</li>
                ))}
              </ul>
            ) : null
          }
        />
      ) : null}
    </Card>
  );
}
