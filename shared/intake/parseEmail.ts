import type { Address, Email } from 'postal-mime';
import { sha256Hex } from '../audit/chain';
import { collectAttachments } from './attachments';
import { bytesToBinary, headerBlockEnd } from './bytes';
import { decodeMessage, TooManyPartsError } from './decodeMessage';
import { jsSha256 } from './digest';
import { htmlToPlainText } from './htmlText';
import { parseMailDate } from './mailDate';
import { normaliseMessageId, parseMessageIdList } from './messageIds';
import {
  DEFAULT_ATTACHMENT_LIMIT_BYTES,
  type IntakeWarning,
  type Mailbox,
  type ParseFailure,
  type ParseFailureCode,
  type ParseOptions,
  type ParseResult,
} from './parsedMessage';
import { isCompanyHost, resolveReceiptTime, type ReceiptTime } from './receivedAt';

/**
 * parseEmail: one message's bytes → a ParsedMessage, or a ParseFailure that
 * keeps the bytes and their SHA-256 (SPEC §1: a message that cannot be parsed
 * is kept as a raw document with a clear error on it; it is never dropped).
 * It never throws and never rejects: whatever goes wrong becomes a failure.
 */

function failure(raw: Uint8Array, sha256: string, options: ParseOptions, code: ParseFailureCode, detail?: string): ParseResult {
  const f: ParseFailure = {
    fileName: options.fileName,
    ...(options.mboxIndex !== undefined ? { mboxIndex: options.mboxIndex } : {}),
    sha256,
    size: raw.length,
    raw,
    code,
    ...(detail ? { detail: detail.slice(0, 4000) } : {}),
    ...(options.fileTime ? { fileTime: options.fileTime } : {}),
    ...(options.authoritativeReceipt ? { mailboxReceivedAt: options.authoritativeReceipt.at } : {}),
  };
  return { ok: false, failure: f };
}

const FIELD_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
const MAIL_HEADER = /^(?:from|to|cc|subject|date|message-id|received|mime-version|content-type|return-path|delivered-to|sender|reply-to)[ \t]*:/im;

/**
 * A file is taken for a message when it opens with a header field (RFC 5322
 * §2.2) and its header block names at least one header every mail has. A
 * PDF, a picture or random bytes fail here instead of becoming an empty case.
 */
export function looksLikeMessage(raw: Uint8Array): boolean {
  const head = bytesToBinary(raw.subarray(0, Math.min(raw.length, 64 * 1024)));
  const end = headerBlockEnd(head)?.headerEnd ?? head.length;
  const block = head.slice(0, end);
  if (block.includes('\0')) return false;
  return FIELD_LINE.test(block) && MAIL_HEADER.test(block);
}

function mailboxes(list: readonly Address[] | Address | undefined): Mailbox[] {
  const items = list === undefined ? [] : Array.isArray(list) ? list : [list as Address];
  return items.flatMap((a) => (a.group ? a.group : [a])).map((m) => ({ name: m.name.trim(), address: m.address.trim() }));
}

function firstHeader(email: Email, key: string): string | undefined {
  return email.headers.find((h) => h.key === key)?.value;
}

function isCompanyAddress(address: string, companyDomains: readonly string[]): boolean {
  const at = address.lastIndexOf('@');
  return at > 0 && isCompanyHost(address.slice(at + 1), companyDomains);
}

async function readMessage(raw: Uint8Array, options: ParseOptions, depth: number): Promise<ParseResult> {
  const hash = options.sha256 ?? jsSha256;
  const sha256 = await hash(raw);
  if (raw.length === 0) return failure(raw, sha256, options, 'empty-file');
  if (!looksLikeMessage(raw)) return failure(raw, sha256, options, 'not-a-message');

  let decoded;
  try {
    decoded = await decodeMessage(raw, hash);
  } catch (error) {
    if (error instanceof TooManyPartsError) return failure(raw, sha256, options, 'too-many-parts', error.message);
    return failure(raw, sha256, options, 'parser-error', error instanceof Error ? error.message : String(error));
  }
  const { email } = decoded;
  const warnings: IntakeWarning[] = [...decoded.warnings];

  const dateValue = firstHeader(email, 'date');
  const date = parseMailDate(dateValue);
  if (dateValue === undefined) warnings.push({ code: 'date-missing' });
  else if (!date) warnings.push({ code: 'date-unparsable', params: { value: dateValue.slice(0, 200) } });

  const receivedHeaders = email.headers.filter((h) => h.key === 'received').map((h) => h.value);
  const receipt: ReceiptTime = options.authoritativeReceipt
    ? { receivedAt: options.authoritativeReceipt.at, receivedAtSource: options.authoritativeReceipt.source, warnings: [] }
    : resolveReceiptTime(receivedHeaders, date, options.fileTime, options.companyDomains);
  warnings.push(...receipt.warnings);

  const limit = options.attachmentLimitBytes ?? DEFAULT_ATTACHMENT_LIMIT_BYTES;
  const files = await collectAttachments(email.attachments, decoded.forwardedOriginals, limit, depth, hash, (bytes, fileName) =>
    readMessage(bytes, { fileName, companyDomains: options.companyDomains, attachmentLimitBytes: limit, sha256: hash }, depth + 1),
  );
  warnings.push(...files.warnings);

  const from = mailboxes(email.from)[0];
  const html = email.html;
  const text = (email.text ?? decoded.rawBodyText ?? (html ? htmlToPlainText(html) : '')).replace(/\r\n?/g, '\n');
  const contentLanguage = firstHeader(email, 'content-language')?.trim().toLowerCase();
  const messageId = normaliseMessageId(email.messageId);
  const inReplyTo = parseMessageIdList(email.inReplyTo)[0];

  return {
    ok: true,
    message: {
      fileName: options.fileName,
      ...(options.mboxIndex !== undefined ? { mboxIndex: options.mboxIndex } : {}),
      sha256,
      size: raw.length,
      raw,
      contentSha256: decoded.contentSha256,
      ...(messageId ? { messageId } : {}),
      ...(inReplyTo ? { inReplyTo } : {}),
      references: parseMessageIdList(email.references),
      subject: (email.subject ?? '').trim(),
      ...(from ? { from } : {}),
      replyTo: mailboxes(email.replyTo),
      to: mailboxes(email.to),
      cc: mailboxes(email.cc),
      fromCompany: from ? isCompanyAddress(from.address, options.companyDomains) : false,
      ...(date ? { date } : {}),
      ...(receipt.receivedAt ? { receivedAt: receipt.receivedAt } : {}),
      ...(receipt.receivedAtSource ? { receivedAtSource: receipt.receivedAtSource } : {}),
      ...(receipt.receivedBy ? { receivedBy: receipt.receivedBy } : {}),
      ...(contentLanguage ? { contentLanguage } : {}),
      text,
      ...(html ? { html } : {}),
      attachments: files.attachments,
      refusedAttachments: files.refusedAttachments,
      forwarded: files.forwarded,
      warnings: capWarnings(warnings),
    },
  };
}

/** The same warning this many times says it; thousands of them (a hostile message) would bury the others. */
const WARNINGS_PER_CODE = 5;

function capWarnings(warnings: readonly IntakeWarning[]): IntakeWarning[] {
  const seen = new Map<string, number>();
  return warnings.filter((w) => {
    const n = (seen.get(w.code) ?? 0) + 1;
    seen.set(w.code, n);
    return n <= WARNINGS_PER_CODE;
  });
}

/** Parses one message. Never throws: every problem ends in a ParseFailure carrying the raw bytes. */
export async function parseEmail(bytes: Uint8Array, options: ParseOptions): Promise<ParseResult> {
  try {
    return await readMessage(bytes, options, 0);
  } catch (error) {
    // a bug of ours must not lose a message either
    return failure(bytes, sha256Hex(bytes), options, 'parser-error', error instanceof Error ? error.message : String(error));
  }
}
