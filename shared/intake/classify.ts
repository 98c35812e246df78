import type { RequestType } from '../domain/requestTypes';
import { keywordRules, typePriority, type KeywordRule } from './requestTypeKeywords';

/**
 * suggestRequestType: the request type a text most likely asks for, with the
 * words that triggered it, for the officer to confirm or change (SPEC §1;
 * the case keeps `typeConfirmed` false until they do). Scores add up the
 * weights of the distinct rules that match; a match in the subject counts
 * double, since people name their request there.
 */

export type SuggestionConfidence = 'high' | 'medium' | 'low' | 'none';

export interface TypeScore {
  type: KeywordRule['type'];
  score: number;
  /** the words as they appear in the text */
  triggers: string[];
}

export interface TypeSuggestion {
  type: RequestType;
  confidence: SuggestionConfidence;
  /** the words that triggered the suggested type (empty for `other`) */
  triggers: string[];
  /** every type that scored, best first: the officer's alternatives */
  scores: TypeScore[];
}

export interface ClassifiableText {
  subject?: string;
  body: string;
}

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0].trim()).filter((m) => m.length > 0);
}

function scoreAll(input: ClassifiableText): TypeScore[] {
  const byType = new Map<KeywordRule['type'], TypeScore>();
  for (const r of keywordRules) {
    const inSubject = input.subject ? matches(r.pattern, input.subject) : [];
    const inBody = matches(r.pattern, input.body);
    if (inSubject.length === 0 && inBody.length === 0) continue;
    const entry = byType.get(r.type) ?? { type: r.type, score: 0, triggers: [] };
    entry.score += (inSubject.length > 0 ? 2 * r.weight : 0) + (inBody.length > 0 ? r.weight : 0);
    for (const word of [...inSubject, ...inBody]) {
      if (!entry.triggers.some((t) => t.toLowerCase() === word.toLowerCase())) entry.triggers.push(word);
    }
    byType.set(r.type, entry);
  }
  return [...byType.values()].sort((a, b) => b.score - a.score || typePriority.indexOf(a.type) - typePriority.indexOf(b.type));
}

function confidenceOf(top: number, second: number): SuggestionConfidence {
  if (top === 0) return 'none';
  if (top >= 3 && top >= 2 * second) return 'high';
  if (top >= 2 && top > second) return 'medium';
  return 'low';
}

export function suggestRequestType(input: ClassifiableText | string): TypeSuggestion {
  const text = typeof input === 'string' ? { body: input } : input;
  const scores = scoreAll(text);
  const [best, runnerUp] = scores;
  if (!best) return { type: 'other', confidence: 'none', triggers: [], scores: [] };
  return { type: best.type, confidence: confidenceOf(best.score, runnerUp?.score ?? 0), triggers: best.triggers, scores };
}
