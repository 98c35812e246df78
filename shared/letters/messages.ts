import type { Translate } from '../i18n/messages';
import type { RenderError } from './pdf/errors';
import type { Pkcs12Problem } from './signing/pkcs12';
import type { SignError } from './signing/signPdf';
import type { VerifyProblem } from './signing/verify';
import type { MissingField } from './templates/merge';
import type { LetterWarning } from './checks/letterChecks';

/**
 * The user's-language text for each code the letters pipeline returns.
 * Keys are built from the codes and type-checked against the zh-CN locale
 * file, so a new code without its text fails to compile.
 */

export function missingFieldText(missing: MissingField, t: Translate): string {
  return t('letters.missingField', { field: t(`letters.field.${missing.field}`), language: t(`letters.language.${missing.language}`) });
}

export function renderErrorText(error: RenderError, t: Translate): string {
  switch (error.code) {
    case 'missing-glyph':
      return t('letters.renderError.missing-glyph', { character: error.character, codePoint: error.codePoint, context: error.context });
    case 'unfilled-field':
      return t('letters.renderError.unfilled-field', { fields: error.fields.join(', ') });
    case 'image-invalid':
      return t('letters.renderError.image-invalid', { image: t(`letters.image.${error.image}`) });
    case 'empty-letter':
      return t('letters.renderError.empty-letter');
  }
}

export function pkcs12ProblemText(problem: Pkcs12Problem, t: Translate): string {
  return t(`letters.pkcs12Problem.${problem}`);
}

export function signErrorText(error: SignError, t: Translate): string {
  if (error.code === 'placeholder-too-small') return t('letters.signError.placeholder-too-small', { needed: error.needed, reserved: error.reserved });
  if (error.code === 'timestamp-failed') return t('letters.signingProblem.timestamp-failed');
  return t('letters.signError.no-placeholder');
}

export function verifyProblemText(problem: VerifyProblem, t: Translate): string {
  return t(`letters.verifyProblem.${problem}`);
}

/** A warning before signing, with its reason, in the user's language (issue 14). */
export function letterWarningText(warning: LetterWarning, t: Translate): string {
  switch (warning.code) {
    case 'past-date':
      return t('letters.warning.past-date', { date: warning.date, language: t(`letters.language.${warning.language}`) });
    case 'verification-done':
      return t('letters.warning.verification-done', { date: warning.verifiedOn, language: t(`letters.language.${warning.language}`) });
    case 'stage-changed':
      return t('letters.warning.stage-changed', { from: t(`caseStage.${warning.from}`), to: t(`caseStage.${warning.to}`) });
    case 'kind-stage':
      return t(`letters.warning.kind.${warning.reason}`, { kind: t(`letters.kind.${warning.kind}`), stage: t(`caseStage.${warning.stage}`) });
  }
}
