import { sha256Hex } from '../audit/chain';
import { MAX_FORWARD_DEPTH } from './attachments';
import { extensionFor, safeFileName } from './fileNames';
import { htmlToPlainText } from './htmlText';
import { parseMailDate } from './mailDate';
import { normaliseMessageId, parseMessageIdList } from './messageIds';
import {
  DEFAULT_ATTACHMENT_LIMIT_BYTES,
  type ForwardedMessage,
  type IntakeWarning,
  type Mailbox,
  type MailAttachment,
  type ParseOptions,
  type ParseResult,
  type RefusedAttachment,
} from './parsedMessage';
import { isCompanyHost, resolveReceiptTime, type ReceiptTime } from './receivedAt';
import { unfold } from './rawScan';

/**
 * An Outlook .msg (MS-OXMSG) as the message an .eml of the same mail would
 * give (issue 12): subject, sender, recipients, the time of receipt, text and
 * HTML bodies, attachments with their SHA-256, and an embedded message read
 * as a forwarded one. The compound file itself is read by
 * @kenjiuno/msgreader in the intake worker (renderer/workers/outlookMsg.ts);
 * what it found arrives here as plain fields, so this mapping is pure and
 * tested without the reader.
 *
 * The time of receipt, in order (SPEC §1): the mailbox's own record when the
 * source gives one; our server's stamp in the saved transport headers
 * (PR_TRANSPORT_MESSAGE_HEADERS, the same Received: lines an .eml has);
 * PR_MESSAGE_DELIVERY_TIME, when the receiving mailbox stored it; the
 * sender's Date: or PR_CLIENT_SUBMIT_TIME; the file's time.
 */

export interface OutlookRecipient {
  name?: string;
  email?: string;
  smtpAddress?: string;
  addressType?: string;
  recipType?: 'to' | 'cc' | 'bcc';
}

/** The properties msgreader names (MsgReader.d.ts FieldsData), the ones a case needs. */
export interface OutlookFields {
  subject?: string;
  senderName?: string;
  senderEmail?: string;
  senderAddressType?: string;
  senderSmtpAddress?: string;
  sentRepresentingSmtpAddress?: string;
  body?: string;
  bodyHtml?: string;
  /** PR_HTML as bytes, in the message's internet code page */
  html?: Uint8Array;
  headers?: string;
  messageId?: string;
  /** msgreader writes PT_SYSTIME values with Date#toUTCString */
  messageDeliveryTime?: string;
  clientSubmitTime?: string;
  internetCodepage?: number;
  messageCodepage?: number;
  recipients?: OutlookRecipient[];
}

export interface OutlookAttachment {
  fileName: string;
  mimeType?: string;
  contentId?: string;
  /** PR_ATTACHMENT_HIDDEN: an inline picture of the HTML body */
  hidden?: boolean;
  bytes: Uint8Array;
  /** an attached Outlook item (PR_ATTACH_DATA_OBJ), already read: a forwarded message */
  embedded?: ParseResult;
}

/** Windows code pages a Chinese office meets, as WHATWG encoding labels. */
const CODE_PAGES: Record<number, string> = {
  936: 'gbk',
  54936: 'gb18030',
  950: 'big5',
  20936: 'gb2312',
  65001: 'utf-8',
  1200: 'utf-16le',
  1201: 'utf-16be',
  1252: 'windows-1252',
  20127: 'us-ascii',
  28591: 'iso-8859-1',
  932: 'shift_jis',
  949: 'euc-kr',
};

/** The WHATWG label of a Windows code page, or undefined when none is known. */
export function codePageLabel(codePage: number | undefined): string | undefined {
  if (codePage === undefined) return undefined;
  const label = CODE_PAGES[codePage] ?? `windows-${codePage}`;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return undefined;
  }
}

/** `name: value` header lines (RFC 5322 §2.2, unfolded) → name → values, in order. */
function headerFields(headers: string | undefined): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const line of unfold(headers ?? '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const values = fields.get(name) ?? [];
    values.push(line.slice(colon + 1).trim());
    fields.set(name, values);
  }
  return fields;
}

/** A PT_SYSTIME as msgreader renders it (`Mon, 02 Mar 2026 02:21:07 GMT`). */
function systemTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  // 1601-01-01 is a FILETIME of 0: a property that is present but was never set
  return Number.isFinite(ms) && ms > Date.UTC(1980, 0, 1) ? new Date(ms).toISOString() : undefined;
}

/** An Exchange sender (`/O=EXCHANGELABS/…`) has no SMTP address in PR_SENDER_EMAIL_ADDRESS: take the SMTP one when there is one. */
function smtpOf(address: string | undefined, type: string | undefined, smtp: string | undefined): string {
  if (smtp && smtp.includes('@')) return smtp.trim();
  if (address && (type === undefined || type.toUpperCase() === 'SMTP') && address.includes('@')) return address.trim();
  return (smtp ?? address ?? '').trim();
}

function receiptOf(fields: OutlookFields, headers: Map<string, string[]>, date: string | undefined, options: ParseOptions): ReceiptTime {
  if (options.authoritativeReceipt) return { receivedAt: options.authoritativeReceipt.at, receivedAtSource: 'server-internaldate', warnings: [] };
  const fromHeaders = resolveReceiptTime(headers.get('received') ?? [], undefined, undefined, options.companyDomains);
  if (fromHeaders.receivedAtSource === 'received-header') return fromHeaders;
  const delivered = systemTime(fields.messageDeliveryTime);
  if (delivered) return { receivedAt: delivered, receivedAtSource: 'server-internaldate', warnings: fromHeaders.warnings.filter((w) => w.code !== 'received-at-unknown') };
  return resolveReceiptTime([], date, options.fileTime, options.companyDomains);
}

function isCompanyAddress(address: string, companyDomains: readonly string[]): boolean {
  const at = address.lastIndexOf('@');
  return at > 0 && isCompanyHost(address.slice(at + 1), companyDomains);
}

/** Author fields and bodies, for the content digest (contentDigest.ts does the same for an .eml). */
function contentOf(fields: OutlookFields, messageId: string | undefined, text: string, html: string | undefined): string {
  return sha256Hex([fields.subject ?? '', fields.senderSmtpAddress ?? fields.senderEmail ?? '', messageId ?? '', text, html ?? ''].join('\n\u0000'));
}

/** PR_ATTACH_MIME_TAG is often absent: the type a file's extension names, for the files requests carry. */
const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  txt: 'text/plain',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
  zip: 'application/zip',
};

function mimeTypeOf(part: OutlookAttachment): string {
  if (part.embedded) return 'application/vnd.ms-outlook';
  if (part.mimeType) return part.mimeType.toLowerCase();
  const extension = /\.([a-z0-9]{1,5})$/i.exec(part.fileName)?.[1]?.toLowerCase();
  return (extension && MIME_BY_EXTENSION[extension]) || 'application/octet-stream';
}

export function messageFromOutlook(raw: Uint8Array, fields: OutlookFields, parts: readonly OutlookAttachment[], options: ParseOptions, depth = 0): ParseResult {
  const sha256 = sha256Hex(raw);
  const warnings: IntakeWarning[] = [];
  const headers = headerFields(fields.headers);

  const dateValue = headers.get('date')?.[0];
  const date = parseMailDate(dateValue) ?? systemTime(fields.clientSubmitTime);
  if (!date) warnings.push({ code: 'date-missing' });
  const receipt = receiptOf(fields, headers, date, options);
  warnings.push(...receipt.warnings);

  const htmlLabel = codePageLabel(fields.internetCodepage ?? fields.messageCodepage) ?? 'utf-8';
  const html = fields.bodyHtml ?? (fields.html ? new TextDecoder(htmlLabel).decode(fields.html) : undefined);
  const text = (fields.body ?? (html ? htmlToPlainText(html) : '')).replace(/\r\n?/g, '\n');

  const fromAddress = smtpOf(fields.senderEmail, fields.senderAddressType, fields.senderSmtpAddress ?? fields.sentRepresentingSmtpAddress);
  const from: Mailbox | undefined = fromAddress || fields.senderName ? { name: (fields.senderName ?? '').trim(), address: fromAddress } : undefined;
  const recipients = (type: 'to' | 'cc') =>
    (fields.recipients ?? []).filter((r) => (r.recipType ?? 'to') === type).map((r) => ({ name: (r.name ?? '').trim(), address: smtpOf(r.email, r.addressType, r.smtpAddress) }));

  const limit = options.attachmentLimitBytes ?? DEFAULT_ATTACHMENT_LIMIT_BYTES;
  const attachments: MailAttachment[] = [];
  const refusedAttachments: RefusedAttachment[] = [];
  const forwarded: ForwardedMessage[] = [];
  for (const [index, part] of parts.entries()) {
    const mimeType = mimeTypeOf(part);
    const fallback = `attachment-${index + 1}.${part.embedded ? 'msg' : extensionFor(mimeType)}`;
    const fileName = safeFileName(part.fileName || fallback, fallback);
    const digest = sha256Hex(part.bytes);
    if (part.bytes.length > limit) {
      refusedAttachments.push({ fileName, mimeType, size: part.bytes.length, sha256: digest, reason: 'attachment-too-large', limitBytes: limit });
      warnings.push({ code: 'attachment-too-large', params: { fileName, size: `${(part.bytes.length / 1048576).toFixed(1)} MB`, limit: `${(limit / 1048576).toFixed(1)} MB` } });
      continue;
    }
    const contentId = normaliseMessageId(part.contentId);
    const attachmentIndex = attachments.length;
    attachments.push({
      fileName,
      ...(part.fileName && part.fileName !== fileName ? { declaredFileName: part.fileName } : {}),
      mimeType,
      size: part.bytes.length,
      sha256: digest,
      bytes: part.bytes,
      inline: part.hidden === true || (contentId !== undefined && html?.includes(`cid:${contentId}`) === true),
      ...(contentId ? { contentId } : {}),
    });
    const inner = part.embedded;
    if (inner && !inner.ok) warnings.push({ code: 'forward-unparsable', params: { fileName } });
    if (inner?.ok && depth < MAX_FORWARD_DEPTH) {
      const m = inner.message;
      forwarded.push({ depth: depth + 1, attachmentIndex, subject: m.subject, ...(m.from ? { from: m.from } : {}), ...(m.date ? { date: m.date } : {}), ...(m.messageId ? { messageId: m.messageId } : {}), text: m.text });
      for (const deeper of m.forwarded) forwarded.push({ ...deeper, depth: deeper.depth + depth + 1, attachmentIndex });
    }
  }

  const messageId = normaliseMessageId(fields.messageId ?? headers.get('message-id')?.[0]);
  const inReplyTo = parseMessageIdList(headers.get('in-reply-to')?.[0])[0];
  const contentLanguage = headers.get('content-language')?.[0]?.toLowerCase();
  return {
    ok: true,
    message: {
      fileName: options.fileName,
      ...(options.mboxIndex !== undefined ? { mboxIndex: options.mboxIndex } : {}),
      sha256,
      size: raw.length,
      raw,
      contentSha256: contentOf(fields, messageId, text, html),
      ...(messageId ? { messageId } : {}),
      ...(inReplyTo ? { inReplyTo } : {}),
      references: parseMessageIdList(headers.get('references')?.[0]),
      subject: (fields.subject ?? '').trim(),
      ...(from ? { from } : {}),
      replyTo: [],
      to: recipients('to'),
      cc: recipients('cc'),
      fromCompany: from ? isCompanyAddress(from.address, options.companyDomains) : false,
      ...(date ? { date } : {}),
      ...(receipt.receivedAt ? { receivedAt: receipt.receivedAt } : {}),
      ...(receipt.receivedAtSource ? { receivedAtSource: receipt.receivedAtSource } : {}),
      ...(receipt.receivedBy ? { receivedBy: receipt.receivedBy } : {}),
      ...(contentLanguage ? { contentLanguage } : {}),
      text,
      ...(html ? { html } : {}),
      attachments,
      refusedAttachments,
      forwarded,
      warnings,
    },
  };
}
