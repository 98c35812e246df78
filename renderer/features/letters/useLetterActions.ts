import { App } from 'antd';
import { useCallback, useMemo } from 'react';
import { todayInShanghai } from '../../../shared/domain/time';
import { DEFAULT_COMPANY_DETAILS } from '../../../shared/letters';
import { database } from '../../db/database';
import { markLetterSent, recordLettersPrinted, signedLetterPdf, type LetterSending } from '../../db/letters';
import type { RegisterRow } from '../../db/lettersRegister';
import { useText } from '../../i18n/useText';
import { platform } from '../../platform';
import { usePlatformErrorText } from '../../platform/usePlatformErrorText';
import { useOfficerName } from '../ui/useOfficer';
import { renderEnvelopes, type EnvelopeSize } from './envelope';
import { letterFonts } from './letterFonts';
import { emlDraftFor, envelopeRecipientOf, fileNameOf } from './letterOutputs';
import { arrayBufferBacked } from './bytes';
import { mergePdfs } from './mergePdfs';
import { useLetterSettings } from './useLetterSettings';

const PDF_FILTER = [{ name: 'PDF', extensions: ['pdf'] }];


/**
 * What staff do with signed letters (SPEC §4): print one or the day's batch
 * (audited as 'letter.printed'), save the PDF, write the .eml draft, print or
 * save envelopes, mark as sent. Each says how it went in a message.
 */
export function useLetterActions() {
  const t = useText();
  const { message } = App.useApp();
  const platformErrorText = usePlatformErrorText();
  const actor = useOfficerName();
  const company = useLetterSettings()?.company ?? DEFAULT_COMPANY_DETAILS;

  const failed = useCallback((e: unknown) => void message.error(t('letters.done.failed', { message: e instanceof Error ? e.message : String(e) })), [message, t]);

  const pdfOf = useCallback(async (row: RegisterRow): Promise<Uint8Array<ArrayBuffer>> => {
    const bytes = await signedLetterPdf(database(), row.letter);
    if (!bytes) throw new Error(`${fileNameOf(row)}: no PDF`);
    return arrayBufferBacked(bytes);
  }, []);

  const print = useCallback(
    async (rows: readonly RegisterRow[]) => {
      const signed = rows.filter((r) => r.letter.status !== 'draft');
      if (signed.length === 0) return void message.info(t('letters.done.nothingToPrint'));
      // nothing is printed without knowing who prints (the 'letter.printed' event names them)
      if (!actor) return;
      try {
        const files = await Promise.all(signed.map(pdfOf));
        const single = signed.length === 1 && files[0];
        const pdf = single || (await mergePdfs(files, `${todayInShanghai(Date.now())} ×${signed.length}`));
        const jobName = single ? fileNameOf(signed[0]!) : `letters-${todayInShanghai(Date.now())}-${signed.length}.pdf`;
        const answer = await platform.printPdf({ jobName, pdf: arrayBufferBacked(pdf) });
        if (!answer.ok) return void message.error(platformErrorText(answer.error));
        if (!answer.value.printed) return void message.info(t('letters.done.printCancelled'));
        const references = new Map(signed.map((r) => [r.letter.caseId, r.case?.reference ?? '']));
        await recordLettersPrinted(database(), signed.map((r) => r.letter.id), actor, references, new Date(), answer.value.confirmed);
        void message.success(single ? t('letters.done.printed') : t('letters.done.printedBatch', { count: signed.length }));
      } catch (e) {
        failed(e);
      }
    },
    [actor, failed, message, pdfOf, platformErrorText, t],
  );

  const save = useCallback(
    async (bytes: Uint8Array<ArrayBuffer>, suggestedName: string, title: string, filters = PDF_FILTER, done = 'letters.done.saved' as const) => {
      const answer = await platform.saveFile({ title, suggestedName, filters, bytes });
      if (answer.ok) void message.success(t(done, { name: answer.value.savedAs }));
      else if (answer.error.code !== 'cancelled') void message.error(platformErrorText(answer.error));
    },
    [message, platformErrorText, t],
  );

  const savePdf = useCallback(
    async (row: RegisterRow) => {
      try {
        await save(await pdfOf(row), fileNameOf(row), t('letters.action.savePdf'));
      } catch (e) {
        failed(e);
      }
    },
    [failed, pdfOf, save, t],
  );

  const saveEml = useCallback(
    async (row: RegisterRow) => {
      try {
        const eml = emlDraftFor(row, await pdfOf(row), company, Date.now());
        if (!eml.ok) return void message.warning(t('letters.noEmail'));
        const answer = await platform.saveFile({ title: t('letters.action.eml'), suggestedName: eml.fileName, filters: [{ name: 'E-mail', extensions: ['eml'] }], bytes: arrayBufferBacked(eml.bytes) });
        if (answer.ok) void message.success(t('letters.done.emlSaved', { name: answer.value.savedAs }));
        else if (answer.error.code !== 'cancelled') void message.error(platformErrorText(answer.error));
      } catch (e) {
        failed(e);
      }
    },
    [company, failed, message, pdfOf, platformErrorText, t],
  );

  const envelopes = useCallback(
    async (rows: readonly RegisterRow[], size: EnvelopeSize, mode: 'print' | 'save') => {
      const recipients = rows.map(envelopeRecipientOf).filter((r) => r !== undefined);
      if (recipients.length === 0) return void message.warning(t('letters.noAddress'));
      try {
        const result = await renderEnvelopes(recipients, size, company, await letterFonts());
        if (!result.ok) {
          const { character, codePoint } = result.missing;
          return void message.error(t('letters.envelope.glyph', { character, codePoint, context: result.text }));
        }
        const name = `envelopes-${size}-${recipients.length === 1 ? recipients[0]!.reference : todayInShanghai(Date.now())}.pdf`;
        if (mode === 'save') return void (await save(arrayBufferBacked(result.pdf), name, t('letters.envelope.save')));
        const answer = await platform.printPdf({ jobName: name, pdf: arrayBufferBacked(result.pdf) });
        if (!answer.ok) void message.error(platformErrorText(answer.error));
        else void message.info(answer.value.printed ? t('letters.done.printed') : t('letters.done.printCancelled'));
      } catch (e) {
        failed(e);
      }
    },
    [company, failed, message, platformErrorText, save, t],
  );

  const markSent = useCallback(
    async (row: RegisterRow, sending: LetterSending): Promise<boolean> => {
      if (!actor) return false;
      try {
        await markLetterSent(database(), row.letter.id, sending, actor);
        void message.success(t('letters.done.sent'));
        return true;
      } catch (e) {
        failed(e);
        return false;
      }
    },
    [actor, failed, message, t],
  );

  return useMemo(() => ({ print, savePdf, saveEml, envelopes, markSent }), [print, savePdf, saveEml, envelopes, markSent]);
}
