import type { Attachment } from 'postal-mime';
import type { Sha256 } from './digest';
import { extensionFor, safeFileName } from './fileNames';
import { normaliseMessageId } from './messageIds';
import type { ForwardedMessage, IntakeWarning, MailAttachment, ParseResult, RefusedAttachment } from './parsedMessage';

/**
 * The files of a message, each with its SHA-256 (SPEC §1: documents are
 * recorded with their digests). A forwarded message (message/rfc822) is an
 * attachment like any other — the officer can open the original .eml — and
 * is also read, so that what the forwarded request says is on the case.
 */

/** Forwards inside forwards are read this deep; deeper ones are listed but not opened. */
export const MAX_FORWARD_DEPTH = 3;

export interface CollectedAttachments {
  attachments: MailAttachment[];
  refusedAttachments: RefusedAttachment[];
  forwarded: ForwardedMessage[];
  warnings: IntakeWarning[];
}

export type ReadForward = (bytes: Uint8Array, fileName: string) => Promise<ParseResult>;

/** `62.3 MB`, for the warning text (the exact byte counts are on the refused attachment). */
function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function contentBytes(content: Attachment['content']): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content); // not produced with attachmentEncoding 'arraybuffer'
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/**
 * @param forwardedOriginals the exact bytes of the message/rfc822 parts in document order; used instead of
 *   the parser's copy when there are as many as the parser found (see decodeMessage.ts)
 */
export async function collectAttachments(
  parts: readonly Attachment[],
  forwardedOriginals: readonly Uint8Array[],
  limitBytes: number,
  depth: number,
  sha256Of: Sha256,
  readForward: ReadForward,
): Promise<CollectedAttachments> {
  const out: CollectedAttachments = { attachments: [], refusedAttachments: [], forwarded: [], warnings: [] };
  const forwardParts = parts.filter((p) => p.mimeType.toLowerCase() === 'message/rfc822');
  const exact = forwardedOriginals.length === forwardParts.length;
  for (const [index, part] of parts.entries()) {
    const mimeType = part.mimeType.toLowerCase();
    const isForward = mimeType === 'message/rfc822';
    const bytes = isForward && exact ? forwardedOriginals[forwardParts.indexOf(part)]! : contentBytes(part.content);
    const fallback = `attachment-${index + 1}.${extensionFor(mimeType)}`;
    let declared = part.filename ?? undefined;
    let inner: ParseResult | undefined;
    if (isForward && depth < MAX_FORWARD_DEPTH && bytes.length <= limitBytes) {
      inner = await readForward(bytes, declared ?? fallback);
      // a forward without a name is named after its subject, as mail clients save it
      if (!declared && inner.ok && inner.message.subject.trim()) declared = `${inner.message.subject.trim()}.eml`;
    }
    const fileName = safeFileName(declared ?? fallback, fallback);
    const sha256 = await sha256Of(bytes);

    if (bytes.length > limitBytes) {
      out.refusedAttachments.push({ fileName, mimeType, size: bytes.length, sha256, reason: 'attachment-too-large', limitBytes });
      out.warnings.push({ code: 'attachment-too-large', params: { fileName, size: megabytes(bytes.length), limit: megabytes(limitBytes) } });
      continue;
    }

    const attachment: MailAttachment = {
      fileName,
      ...(declared !== undefined && declared !== fileName ? { declaredFileName: declared } : {}),
      mimeType,
      size: bytes.length,
      sha256,
      bytes,
      inline: part.disposition === 'inline' || part.related === true,
      ...(part.contentId ? { contentId: normaliseMessageId(part.contentId) ?? part.contentId } : {}),
    };
    const attachmentIndex = out.attachments.length;
    out.attachments.push(attachment);

    if (inner && !inner.ok) out.warnings.push({ code: 'forward-unparsable', params: { fileName } });
    if (inner?.ok) {
      const m = inner.message;
      out.forwarded.push({
        depth: depth + 1,
        attachmentIndex,
        subject: m.subject,
        ...(m.from ? { from: m.from } : {}),
        ...(m.date ? { date: m.date } : {}),
        ...(m.messageId ? { messageId: m.messageId } : {}),
        text: m.text,
      });
      for (const deeper of m.forwarded) out.forwarded.push({ ...deeper, attachmentIndex });
    }
  }
  return out;
}
