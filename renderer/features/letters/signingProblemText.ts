import type { Translate } from '../../../shared/i18n/messages';
import { pkcs12ProblemText, signErrorText } from '../../../shared/letters';
import type { SigningProblem } from '../../../shared/platform/contract';

/** A signing problem in the user's language: the pipeline's own texts where it has them. */
export function signingProblemText(problem: SigningProblem, t: Translate): string {
  switch (problem) {
    case 'no-placeholder':
      return signErrorText({ code: 'no-placeholder' }, t);
    case 'no-signer':
      return t('letters.editor.noSigner');
    case 'placeholder-too-small':
    case 'signing-time':
    case 'signature-check-failed':
    case 'timestamp-failed':
    case 'wrong-pin':
    case 'pin-locked':
    case 'pin-not-set':
    case 'pin-too-short':
    case 'pin-too-long':
    case 'pin-reimport-needed':
      return t(`letters.signingProblem.${problem}`);
    default:
      return pkcs12ProblemText(problem, t);
  }
}
