import type { Translate } from '../../../shared/i18n/messages';
import { letterKindSchema, type LetterKind } from '../../../shared/letters';
import type { ResponseLetter } from '../../../shared/domain/letter';

/** The kind of a stored letter (its `template`), when it is one we know. */
export function kindOf(letter: Pick<ResponseLetter, 'template'>): LetterKind | undefined {
  const parsed = letterKindSchema.safeParse(letter.template);
  return parsed.success ? parsed.data : undefined;
}

/** 不予支持答复（附理由） / Refusal with reasons: the letter's kind in the interface language. */
export function kindName(letter: Pick<ResponseLetter, 'template'>, t: Translate): string {
  const kind = kindOf(letter);
  return kind ? t(`letters.kind.${kind}`) : letter.template;
}
