import MsgReaderExport, { type FieldsData } from '@kenjiuno/msgreader';
import { fileFailure, type MailFile, type OutlookReader } from '../../shared/intake';
import { messageFromOutlook, type OutlookAttachment, type OutlookFields } from '../../shared/intake/outlookMessage';
import { MAX_FORWARD_DEPTH } from '../../shared/intake/attachments';
import type { ParseOptions, ParseResult } from '../../shared/intake';

/**
 * Reads an Outlook .msg with @kenjiuno/msgreader (issue 12: "parsed with a
 * well-kept reader"), in the intake worker. msgreader decodes ANSI strings
 * through iconv-lite, which asks for Node's `buffer` module: the bundlers
 * resolve it to the `buffer` package (a browser implementation of the same
 * API), so it runs in a Web Worker as it does in Node.
 *
 * A .msg written by a Chinese Outlook without Unicode stores its strings in
 * code page 936 (PR_MESSAGE_CODEPAGE); msgreader reads such strings in the
 * encoding it is told, so the file is read once to learn its code page and,
 * when it has one that is not Unicode, read again in it.
 */

/**
 * msgreader is CommonJS (`exports.default = MsgReader`): Node and esbuild
 * hand the class to a default import, Vite's production bundler the exports
 * object, whose `default` is the class.
 */
const MsgReader: typeof MsgReaderExport = (MsgReaderExport as unknown as { default?: typeof MsgReaderExport }).default ?? MsgReaderExport;
type MsgReader = InstanceType<typeof MsgReaderExport>;

/** PR_MESSAGE_CODEPAGE values that are not ANSI code pages (Unicode), or that msgreader reads as it does ASCII. */
const NOT_ANSI = new Set([1200, 1201, 65001, 20127]);

function fieldsOf(bytes: Uint8Array, ansiEncoding?: string): { reader: MsgReader; data: FieldsData } {
  // msgreader takes an ArrayBuffer or a view; a copy keeps the caller's bytes (the stored document) untouched
  const reader = new MsgReader(bytes.slice().buffer);
  if (ansiEncoding) reader.parserConfig = { ansiEncoding };
  return { reader, data: reader.getFileData() };
}

function recipientsOf(data: FieldsData): OutlookFields['recipients'] {
  return (data.recipients ?? []).map((r) => ({
    ...(r.name !== undefined ? { name: r.name } : {}),
    ...(r.email !== undefined ? { email: r.email } : {}),
    ...(r.smtpAddress !== undefined ? { smtpAddress: r.smtpAddress } : {}),
    ...(r.addressType !== undefined ? { addressType: r.addressType } : {}),
    ...(r.recipType !== undefined ? { recipType: r.recipType } : {}),
  }));
}

function outlookFields(data: FieldsData): OutlookFields {
  const pick = <K extends keyof OutlookFields>(key: K, value: OutlookFields[K] | undefined) => (value === undefined || value === null ? {} : { [key]: value });
  return {
    ...pick('subject', data.subject),
    ...pick('senderName', data.senderName),
    ...pick('senderEmail', data.senderEmail),
    ...pick('senderAddressType', data.senderAddressType),
    ...pick('senderSmtpAddress', data.senderSmtpAddress),
    ...pick('sentRepresentingSmtpAddress', data.sentRepresentingSmtpAddress),
    ...pick('body', data.body),
    ...pick('bodyHtml', data.bodyHtml),
    ...pick('html', data.html),
    ...pick('headers', data.headers),
    ...pick('messageId', data.messageId),
    ...pick('messageDeliveryTime', data.messageDeliveryTime),
    ...pick('clientSubmitTime', data.clientSubmitTime),
    ...pick('internetCodepage', data.internetCodepage),
    ...pick('messageCodepage', data.messageCodepage),
    recipients: recipientsOf(data),
  };
}

/** An attached item is read for what it says: its receipt is its own, not the outer file's or mailbox's. */
function innerOptions(options: ParseOptions, fileName: string): ParseOptions {
  const { authoritativeReceipt: _receipt, fileTime: _time, mboxIndex: _index, ...rest } = options;
  return { ...rest, fileName };
}

async function readMsg(bytes: Uint8Array, file: MailFile, options: ParseOptions, depth: number): Promise<ParseResult> {
  let { reader, data } = fieldsOf(bytes);
  if (data.error || data.dataType !== 'msg') return fileFailure({ ...file, bytes }, 'outlook-msg-unreadable', data.error ?? 'not an Outlook message', undefined, bytes);
  const codePage = data.messageCodepage;
  if (codePage !== undefined && !NOT_ANSI.has(codePage)) ({ reader, data } = fieldsOf(bytes, `cp${codePage}`));

  const parts: OutlookAttachment[] = [];
  for (const attachment of data.attachments ?? []) {
    const { fileName, content } = reader.getAttachment(attachment);
    const embedded =
      attachment.innerMsgContent === true && depth < MAX_FORWARD_DEPTH
        ? await readMsg(content, { name: fileName, bytes: content }, innerOptions(options, fileName), depth + 1)
        : undefined;
    parts.push({
      fileName: attachment.innerMsgContent ? `${attachment.name ?? attachment.subject ?? 'message'}.msg` : (attachment.fileName ?? attachment.fileNameShort ?? fileName ?? ''),
      ...(attachment.attachMimeTag ? { mimeType: attachment.attachMimeTag } : {}),
      ...(attachment.pidContentId ? { contentId: attachment.pidContentId } : {}),
      ...(attachment.attachmentHidden ? { hidden: true } : {}),
      bytes: content,
      ...(embedded ? { embedded } : {}),
    });
  }
  return messageFromOutlook(bytes, outlookFields(data), parts, options, depth);
}

export const readOutlookMsg: OutlookReader = (file, options) => readMsg(file.bytes, file, options, 0);
