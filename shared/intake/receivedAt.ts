import type { Instant } from '../domain/time';
import { parseMailDate, stripComments } from './mailDate';
import type { EmailReceivedAtSource, IntakeWarning } from './parsedMessage';

/**
 * SPEC §1: the time of receipt is when the company's server received the
 * message — the newest `Received:` header that server added — not the
 * sender's `Date:`, which the sender's clock (or the sender) sets. Each MTA
 * prepends its stamp (RFC 5321 §4.4), so the newest is the topmost; a header
 * lower down that claims to be ours is older or forged, and is ignored.
 */

export interface ReceivedStamp {
  /** the host named in the `by` clause, lower-cased */
  by?: string;
  /** the date after the last ';' (RFC 5321 §4.4: `; date-time` ends the stamp) */
  at?: Instant;
}

export function parseReceivedHeader(value: string): ReceivedStamp {
  const semicolon = value.lastIndexOf(';');
  const clauses = stripComments(semicolon >= 0 ? value.slice(0, semicolon) : value);
  const by = /(?:^|\s)by\s+([^\s;]+)/i.exec(clauses)?.[1];
  const at = semicolon >= 0 ? parseMailDate(value.slice(semicolon + 1)) : undefined;
  return {
    ...(by ? { by: by.toLowerCase().replace(/\.$/, '').replace(/^\[|\]$/g, '') } : {}),
    ...(at ? { at } : {}),
  };
}

/** `mx.solutioncl.com` is a host of `solutioncl.com`; `solutioncl.com.evil.net` is not. */
export function isCompanyHost(host: string, companyDomains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return companyDomains.some((d) => {
    const domain = d.toLowerCase().replace(/^\.|\.$/g, '');
    return h === domain || h.endsWith('.' + domain);
  });
}

export interface ReceiptTime {
  receivedAt?: Instant;
  receivedAtSource?: EmailReceivedAtSource;
  receivedBy?: string;
  warnings: IntakeWarning[];
}

/**
 * @param receivedHeaders the `Received:` values in header order (topmost first)
 * @param dateHeader the parsed `Date:` header
 * @param fileTime the file's modification time
 */
export function resolveReceiptTime(
  receivedHeaders: readonly string[],
  dateHeader: Instant | undefined,
  fileTime: Instant | undefined,
  companyDomains: readonly string[],
): ReceiptTime {
  const warnings: IntakeWarning[] = [];
  let unreadableStamp: string | undefined;
  for (const value of receivedHeaders) {
    const stamp = parseReceivedHeader(value);
    if (!stamp.by || !isCompanyHost(stamp.by, companyDomains)) continue;
    if (stamp.at) {
      if (unreadableStamp) warnings.push({ code: 'received-unparsable', params: { host: unreadableStamp } });
      return { receivedAt: stamp.at, receivedAtSource: 'received-header', receivedBy: stamp.by, warnings };
    }
    unreadableStamp ??= stamp.by;
  }
  if (unreadableStamp) warnings.push({ code: 'received-unparsable', params: { host: unreadableStamp } });
  if (dateHeader) return { receivedAt: dateHeader, receivedAtSource: 'date-header', warnings };
  if (fileTime) return { receivedAt: fileTime, receivedAtSource: 'file-time', warnings };
  warnings.push({ code: 'received-at-unknown' });
  return { warnings };
}
