import { Alert, App, Button, Flex, Input, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { shanghaiDateTime } from '../../../../shared/domain/time';
import { checkDraft, draftContext, reportStageIds, reportStage, type DraftView } from '../../../../shared/incidents';
import { DraftIncompleteError, markDraftReady, saveDraftText, setReportStage } from '../../../db/incidentDrafts';
import { recordExport } from '../../../db/incidentPeople';
import type { LetterSettings } from '../../../db/lettersSettings';
import { useText } from '../../../i18n/useText';
import { platform } from '../../../platform';
import { useOfficerName } from '../../ui/useOfficer';
import { useIncidentAction } from '../useIncidentAction';
import { useNow } from '../useNow';
import { CompletenessList } from './CompletenessList';
import { draftPdf } from './draftPdf';
import { askSigningPin } from '../../letters/askSigningPin';
import { signingProblemText } from '../../letters/signingProblemText';
import { signingProblemSchema } from '../../../../shared/platform/contract';
import { renderErrorText } from './renderErrorText';
import { SmsCounter } from './SmsCounter';

/**
 * One draft: its text (generated from the record until the officer edits
 * it), the completeness check on the text as it stands, and the actions:
 * save, regenerate, mark ready (refused while anything is missing), export.
 */
export function DraftEditor({ incident, view, letters, mobiles }: { incident: Incident; view: DraftView; letters: LetterSettings; mobiles: number }) {
  const t = useText();
  const { modal, message } = App.useApp();
  const officer = useOfficerName();
  const now = useNow();
  const { run, busy } = useIncidentAction();
  const [text, setText] = useState(view.text);
  const [exporting, setExporting] = useState(false);
  // the record moved on and nothing is typed here: follow it
  useEffect(() => setText(view.text), [view.text]);
  const dirty = text !== view.text;
  const ready = !!view.readyAt;
  const check = checkDraft(view.kind, text, draftContext(incident, now));
  const kindName = t(`incidents.drafts.kind.${view.kind}`);

  const save = () => run((db, actor) => saveDraftText(db, incident.id, view.kind, text, actor), t('incidents.record.saved'));
  const markReady = () =>
    run(
      (db, actor) => markDraftReady(db, incident.id, view.kind, actor),
      undefined,
      (error) => (error instanceof DraftIncompleteError ? t('incidents.drafts.cannotReady') : undefined),
    );
  const exportPdf = async () => {
    if (!officer) return;
    setExporting(true);
    try {
      const result = await draftPdf(view.kind, text, incident, letters, officer, () => askSigningPin(modal, t, kindName));
      if (!result.ok) {
        if (result.error.kind === 'cancelled') return;
        void message.error(
          result.error.kind === 'render'
            ? t('incidents.pdfFailed', { reason: renderErrorText(t, result.error.error) })
            : t('incidents.drafts.signFailed', { problem: signingProblemSchema.safeParse(result.error.problem).success ? signingProblemText(signingProblemSchema.parse(result.error.problem), t) : result.error.problem }),
        );
        return;
      }
      const saved = await platform.saveFile({ title: kindName, suggestedName: result.fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }], bytes: result.pdf.slice() });
      if (!saved.ok) return;
      await run((db, actor) => recordExport(db, incident.id, { kind: 'draft-pdf', draft: view.kind, count: 1, bytes: result.pdf, fileName: saved.value.savedAs, signed: result.signed }, actor));
      void message.success(t(result.signed ? 'incidents.drafts.exportedSigned' : 'incidents.drafts.exportedUnsigned', { file: saved.value.savedAs }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Flex gap={16} wrap align="start">
      <div style={{ flex: '1 1 360px', minWidth: 0 }}>
        <Space wrap size={8} style={{ marginBottom: 8 }}>
          <Typography.Text type={ready ? 'success' : 'secondary'}>
            {ready ? t('incidents.drafts.ready', { by: view.readyBy ?? '', at: shanghaiDateTime(view.readyAt ?? '') }) : view.edited ? t('incidents.drafts.edited') : t('incidents.drafts.followsRecord')}
          </Typography.Text>
        </Space>
        {view.kind === 'regulator-report' ? (
          <div style={{ marginBottom: 8 }}>
            <Radio.Group
              aria-label={t('incidents.drafts.stage')}
              optionType="button"
              value={reportStage(incident)}
              disabled={busy}
              onChange={(e) => void run((db, actor) => setReportStage(db, incident.id, e.target.value, actor))}
              options={reportStageIds.map((s) => ({ value: s, label: t(`incidents.drafts.stages.${s}`) }))}
            />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
              {t('incidents.drafts.stageHelp')}
            </Typography.Paragraph>
          </div>
        ) : null}
        {view.language === 'en-US' ? <Alert type="info" showIcon title={t('incidents.drafts.englishNote')} style={{ marginBottom: 8 }} /> : null}
        <Input.TextArea
          aria-label={t('incidents.drafts.text', { kind: kindName })}
          value={text}
          readOnly={ready}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: view.kind === 'sms' ? 4 : 14, maxRows: 30 }}
          maxLength={100000}
          lang={view.language}
          style={{ fontFamily: 'var(--casedesk-font)' }}
        />
        {view.kind === 'sms' ? <SmsCounter text={text} mobiles={mobiles} /> : null}
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {ready ? (
            <Button onClick={() => void run((db, actor) => saveDraftText(db, incident.id, view.kind, text, actor))} loading={busy}>
              {t('incidents.drafts.reopen')}
            </Button>
          ) : (
            <>
              <Button onClick={() => void save()} disabled={!dirty} loading={busy}>
                {t('incidents.drafts.save')}
              </Button>
              <Button
                disabled={!view.edited && !dirty}
                onClick={() =>
                  modal.confirm({
                    title: t('incidents.drafts.regenerate'),
                    content: t('incidents.drafts.regenerateConfirm'),
                    okText: t('common.confirm'),
                    cancelText: t('common.cancel'),
                    onOk: () => run((db, actor) => saveDraftText(db, incident.id, view.kind, undefined, actor)),
                  })
                }
              >
                {t('incidents.drafts.regenerate')}
              </Button>
              <Button type="primary" disabled={!check.complete || dirty} loading={busy} onClick={() => void markReady()}>
                {t('incidents.drafts.markReady')}
              </Button>
            </>
          )}
          {view.kind !== 'sms' ? (
            <Button onClick={() => void exportPdf()} loading={exporting}>
              {t('incidents.drafts.exportPdf')}
            </Button>
          ) : null}
        </Flex>
      </div>
      <div style={{ flex: '0 0 250px' }}>
        <CompletenessList result={check} headingId={`check-${view.kind}`} />
      </div>
    </Flex>
  );
}
