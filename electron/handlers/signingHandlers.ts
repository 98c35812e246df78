import type { SigningKeeper } from './signingKeeper';
import type { PlatformHandler } from './types';

/** The four signing messages of the contract, answered by the main process's SigningKeeper. */
export function signingImportP12Handler(keeper: SigningKeeper): PlatformHandler<'signingImportP12'> {
  return ({ p12, password }) => keeper.import(p12, password);
}

export function signingStatusHandler(keeper: SigningKeeper): PlatformHandler<'signingStatus'> {
  return () => keeper.status();
}

export function signingForgetHandler(keeper: SigningKeeper): PlatformHandler<'signingForget'> {
  return () => keeper.forget();
}

export function lettersSignHandler(keeper: SigningKeeper): PlatformHandler<'lettersSign'> {
  return ({ pdf, tsaUrl }) => keeper.sign(pdf, tsaUrl);
}
