import type { SigningKeeper } from './signingKeeper';
import type { PlatformHandler } from './types';

/** The signing messages of the contract, answered by the main process's SigningKeeper. */
export function signingImportP12Handler(keeper: SigningKeeper): PlatformHandler<'signingImportP12'> {
  return ({ p12, password, pin }) => keeper.import(p12, password, pin);
}

export function signingStatusHandler(keeper: SigningKeeper): PlatformHandler<'signingStatus'> {
  return () => keeper.status();
}

export function signingForgetHandler(keeper: SigningKeeper): PlatformHandler<'signingForget'> {
  return () => keeper.forget();
}

export function lettersSignHandler(keeper: SigningKeeper): PlatformHandler<'lettersSign'> {
  return ({ pdf, pin, tsaUrl }) => keeper.sign(pdf, pin, tsaUrl);
}

export function signingSetPinHandler(keeper: SigningKeeper): PlatformHandler<'signingSetPin'> {
  return ({ currentPin, newPin }) => keeper.setPin(currentPin, newPin);
}

export function signingInspectP12Handler(keeper: SigningKeeper): PlatformHandler<'signingInspectP12'> {
  return async ({ p12, password }) => keeper.inspect(p12, password);
}
