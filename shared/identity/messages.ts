import type { Translate } from '../i18n/messages';
import type { CreditCodeError } from './creditCode';
import type { IdentityBlocker } from './evaluate';
import type { FraudSignal } from './fraudSignals';
import type { NameComparison } from './names';
import type { ResidentIdError } from './residentId';

/**
 * The user's-language text for each error, blocker and signal, through the
 * `identity` locale namespace. Keys are built from the codes and type-checked
 * against the zh-CN file, so a new code without its text fails to compile.
 */

export function residentIdErrorText(error: ResidentIdError, t: Translate): string {
  switch (error.code) {
    case 'length':
      return t('identity.residentIdError.length', { length: error.length });
    case 'charset':
      return t('identity.residentIdError.charset', { position: error.position, character: error.character });
    case 'region':
      return t('identity.residentIdError.region', { addressCode: error.addressCode });
    case 'birth-date-invalid':
      return error.reason === 'too-early'
        ? t('identity.residentIdError.birth-date-too-early', { birthDate: error.birthDate })
        : t('identity.residentIdError.birth-date-invalid', { birthDate: error.birthDate });
    case 'birth-date-future':
      return t('identity.residentIdError.birth-date-future', { birthDate: error.birthDate });
    case 'check-character':
      return t('identity.residentIdError.check-character', { expected: error.expected, actual: error.actual });
  }
}

export function creditCodeErrorText(error: CreditCodeError, t: Translate): string {
  switch (error.code) {
    case 'length':
      return t('identity.creditCodeError.length', { length: error.length });
    case 'charset':
      return t('identity.creditCodeError.charset', { position: error.position, character: error.character });
    case 'check-character':
      return t('identity.creditCodeError.check-character', { expected: error.expected, actual: error.actual });
  }
}

export function blockerText(blocker: IdentityBlocker, t: Translate): string {
  switch (blocker.code) {
    case 'credit-code-invalid':
    case 'credit-code-check-failed':
    case 'name-mismatch': // which names differ: nameComparisonText
      return t(`identity.blocker.${blocker.code}`);
    case 'method-not-allowed':
      return t('identity.blocker.method-not-allowed', {
        item: t(`identity.item.${blocker.item}`),
        method: t(`identity.method.${blocker.method}`),
      });
    default:
      return t(`identity.blocker.${blocker.code}`, { item: t(`identity.item.${blocker.item}`) });
  }
}

export function fraudSignalText(signal: FraudSignal, t: Translate): string {
  switch (signal.code) {
    case 'id-number-on-other-requester':
    case 'email-on-other-requester':
      return t(`identity.signal.${signal.code}`, { count: signal.requesterIds.length });
    case 'account-differs-from-sender':
      return t('identity.signal.account-differs-from-sender');
    case 'repeated-failed-checks':
      return t('identity.signal.repeated-failed-checks', { count: signal.count });
  }
}

function namePairText(first: keyof typeof sourceKeys, second: keyof typeof sourceKeys, t: Translate): string {
  return t('identity.nameCheck.pairDiffers', { first: t(sourceKeys[first]), second: t(sourceKeys[second]) });
}

const sourceKeys = {
  request: 'identity.nameSource.request',
  idDocument: 'identity.nameSource.idDocument',
  account: 'identity.nameSource.account',
} as const;

/** The headline and, on a mismatch, which names differ. */
export function nameComparisonText(comparison: NameComparison, t: Translate): string[] {
  return [
    t(`identity.nameCheck.${comparison.result}`),
    ...comparison.differing.map((p) => namePairText(p.first, p.second, t)),
  ];
}
