import { App } from 'antd';
import { useState } from 'react';
import { emlDraftsZip, personalNoticeLetters, renderLetterBatch, smsPlatformCsv, viewDraft, type AffectedPerson } from '../../../../shared/incidents';
import { database } from '../../../db/database';
import { recordExport, type ExportKind } from '../../../db/incidentPeople';
import { useText } from '../../../i18n/useText';
import { platform } from '../../../platform';
import { letterFonts } from '../../letters/letterFonts';
import type { IncidentData } from '../useIncident';
import { useOfficerName } from '../../ui/useOfficer';

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The three things produced for the list (issue 7): the individual notice
 * for each person in one PDF, the SMS platform's CSV, and .eml drafts in a
 * ZIP; each saved where the officer chooses and logged with its digest.
 * The PDF yields to the page every 25 letters so the progress shows.
 */
export function usePeopleExports(data: IncidentData, people: readonly AffectedPerson[]) {
  const t = useText();
  const { message } = App.useApp();
  const officer = useOfficerName();
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const { incident, letters } = data;
  const text = (kind: 'email' | 'sms') => viewDraft(kind, incident, { company: letters.company, nowMs: Date.now() }).text;

  const save = async (kind: ExportKind, bytes: Uint8Array, suggestedName: string, extension: string, count: number) => {
    const saved = await platform.saveFile({ title: suggestedName, suggestedName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }], bytes: bytes.slice() });
    if (!saved.ok || !officer) return;
    await recordExport(database(), incident.id, { kind, count, bytes, fileName: saved.value.savedAs, signed: false }, officer);
    void message.success(t('incidents.people.exports.done', { count }));
  };

  const exportPdf = async () => {
    if (!officer) return;
    setProgress({ done: 0, total: people.length });
    try {
      const fonts = await letterFonts();
      const notices = personalNoticeLetters(people, text('email'), incident, {
        company: letters.company,
        signatory: { name: officer, title: letters.signatoryTitle['zh-CN'] },
        nowMs: Date.now(),
      });
      const images = { ...(letters.images.signature ? { signature: letters.images.signature.png } : {}), ...(letters.images.seal ? { seal: letters.images.seal.png } : {}) };
      const result = await renderLetterBatch(notices, fonts, {
        producedAt: Date.now(),
        images,
        onProgress: async (done) => {
          setProgress({ done, total: people.length });
          await pause();
        },
      });
      if (!result.ok) {
        const e = result.error;
        void message.error(
          e.code === 'missing-glyph'
            ? t('incidents.people.exports.missingGlyph', { index: result.letterIndex + 1, character: e.character, codePoint: e.codePoint, context: e.context })
            : t('incidents.failed'),
        );
        return;
      }
      await save('notices-pdf', result.pdf, `${incident.reference}-个人通知.pdf`, 'pdf', result.letters);
    } catch {
      void message.error(t('incidents.failed'));
    } finally {
      setProgress(undefined);
    }
  };

  const exportSmsCsv = async () => {
    const { bytes, rows } = smsPlatformCsv(people, text('sms'));
    if (rows === 0) return void message.warning(t('incidents.people.exports.noneWithMobile'));
    await save('sms-csv', bytes, `${incident.reference}-短信.csv`, 'csv', rows);
  };

  const exportEml = async () => {
    const { bytes, count } = emlDraftsZip(people, text('email'), letters.company, Date.now());
    if (count === 0) return void message.warning(t('incidents.people.exports.noneWithEmail'));
    await save('eml-zip', bytes, `${incident.reference}-邮件草稿.zip`, 'zip', count);
  };

  return { exportPdf, exportSmsCsv, exportEml, progress };
}
