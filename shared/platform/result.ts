import { z } from 'zod';

/**
 * What every platform call returns. Only `error.message` survives Electron's
 * `ipcMain.handle` rejection, so errors travel as data instead: a stable
 * `code` the renderer turns into text in the user's language, and a `detail`
 * for the log (never personal data, never a secret).
 */
export const platformErrorCodes = [
  'cancelled',
  'invalid-argument',
  'forbidden-sender',
  'too-large',
  'not-found',
  'io-failed',
  'keychain-unavailable',
  'unsupported',
  'update-failed',
  'internal',
] as const;
export type PlatformErrorCode = (typeof platformErrorCodes)[number];

export const platformErrorSchema = z.object({
  code: z.enum(platformErrorCodes),
  detail: z.string().max(2000).optional(),
});
export type PlatformError = z.infer<typeof platformErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: PlatformError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: PlatformErrorCode, detail?: string): Result<never> {
  return detail === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, detail } };
}

/** A zod schema for `Result<T>` given the schema of T, used to parse what comes back over IPC. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: platformErrorSchema }),
  ]);
}
