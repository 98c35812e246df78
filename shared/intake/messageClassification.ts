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

export function classifyMessage(message: Classifiable): MessageClassification {
  const body = [message.text, ...message.forwarded.map((f) => `${f.subject}\n${f.text}`)].join('\n');
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
