import { suggestRequestType, type TypeSuggestion } from './classify';
import { detectEea, type EeaVerdict } from './eea';
import type { ParsedMessage } from './parsedMessage';
import { requesterCandidateOf } from './requesterMatch';

/**
 * The suggestions for a parsed message: its request type and whether it
 * comes from the EEA. What a forwarded message says counts as much as the
 * forwarding note — a colleague's "please handle" carries no request.
 */

export interface MessageClassification {
  requestType: TypeSuggestion;
  eea: EeaVerdict;
}

type Classifiable = Pick<ParsedMessage, 'subject' | 'text' | 'forwarded' | 'from' | 'fromCompany' | 'contentLanguage'>;

/**
 * How much of a text the suggestions read: a request states itself at the
 * start, and a hundred keyword and country patterns over megabytes of
 * quoted history or a hostile flood would cost seconds for nothing.
 */
export const CLASSIFIED_CHARS = 50_000;

export function classifyMessage(message: Classifiable): MessageClassification {
  const body = [message.text.slice(0, CLASSIFIED_CHARS), ...message.forwarded.slice(0, 10).map((f) => `${f.subject}\n${f.text.slice(0, CLASSIFIED_CHARS)}`)].join('\n').slice(0, 2 * CLASSIFIED_CHARS);
  const requester = requesterCandidateOf(message);
  return {
    requestType: suggestRequestType({ subject: message.subject, body }),
    eea: detectEea({
      text: `${message.subject}\n${body}`,
      ...(requester.email ? { fromAddress: requester.email } : {}),
      ...(message.contentLanguage ? { language: message.contentLanguage } : {}),
    }),
  };
}
