import { z } from 'zod';
import type { Pkcs12Problem } from '../letters/signing/pkcs12';
import type { SignError } from '../letters/signing/signPdf';
import type { Result } from './result';
import {
  teamRequestInputSchema,
  teamRequestOutputSchema,
  teamSetupInputSchema,
  teamSetupOutputSchema,
  teamSignInInputSchema,
  teamSignInOutputSchema,
  teamStatusOutputSchema,
} from '../team/teamMessages';
import { accountIdSchema, connectionTestSchema, mailboxAccountSchema, mailboxAckSchema, mailboxBatchSchema, mailboxSendInputSchema, mailboxSendOutcomeSchema, mailboxStateSchema } from '../mailbox';
import { platformChannels, type MessageName } from './channels';

export { CHANNEL_PREFIX, PLATFORM_GLOBAL, messageNames, platformChannels, type MessageName } from './channels';

/**
 * The one contract between the UI and the desktop. The Electron preload
 * exposes one function per message (electron/preload.ts), the main process
 * validates sender and arguments of each (electron/ipc.ts), and the web host
 * implements the same interface in the browser (renderer/platform/webHost.ts).
 *
 * Every message takes exactly one argument object, parsed with `input` on the
 * receiving side, and answers a `Result` whose value is parsed with `output`.
 * Later capabilities add messages here.
 */

/** Largest file the desktop will hand to the renderer in one call (SPEC: a huge file gets a clear message). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

const bytes = z.instanceof(Uint8Array);
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[\\/\0]/.test(n), 'a file name, not a path');

/** Issue 11: only files named as CaseDesk names its backups are written to, or removed from, the backup folder. */
export const BACKUP_FILE_PATTERN = /^casedesk-backup-\d{8}-\d{6}Z\.cdbackup$/;
/** The largest piece of a backup one message carries. */
export const BACKUP_CHUNK_BYTES = 8 * 1024 * 1024;
const backupFileName = fileName.refine((n) => BACKUP_FILE_PATTERN.test(n), 'a CaseDesk backup file name');
const backupFolderState = z.object({ folder: z.string().max(4096).nullable(), files: z.array(z.string().max(255)).max(10_000) });

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).min(1).max(20),
});

export const pickedFileSchema = z.object({
  name: fileName,
  bytes,
  /** ms since epoch, the file's modification time where the platform knows it */
  lastModified: z.number().int().nonnegative().optional(),
});
export type PickedFile = z.infer<typeof pickedFileSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web']),
  /** Electron/Chromium versions, or the browser's user agent on the web host */
  runtime: z.string(),
  os: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const uiLocaleSchema = z.enum(['zh-CN', 'en-US']);
export type UiLocale = z.infer<typeof uiLocaleSchema>;

/** Names of keychain-protected secrets: a fixed pattern so no caller can smuggle paths. */
export const secretNameSchema = z.string().regex(/^[a-z][a-z0-9.-]{0,63}$/);

/**
 * Why an update was refused (issue 16): its signature (missing, malformed,
 * by a key this build does not trust, or not matching), its channel file,
 * an older version than the running one, a server that could not be
 * reached, or a downloaded installer that is not the one the signed channel
 * file names.
 */
export const updateProblemIds = [
  'signature-missing',
  'signature-malformed',
  'unknown-key',
  'bad-signature',
  'manifest-invalid',
  'downgrade',
  'unreachable',
  'hash-mismatch',
  'unreadable',
] as const;
export const updateProblemSchema = z.enum(updateProblemIds);
export type UpdateProblem = z.infer<typeof updateProblemSchema>;

export const updateStatusSchema = z.object({
  state: z.enum(['up-to-date', 'available', 'not-configured', 'unsupported', 'refused']),
  version: z.string().optional(),
  /** with `refused`: why */
  problem: updateProblemSchema.optional(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** A PKCS#12 file is a key and a few certificates: anything near this size is not one. */
export const MAX_PKCS12_BYTES = 1024 * 1024;
/** A prepared letter is tens of KB; a long one with images stays far below this. */
export const MAX_LETTER_PDF_BYTES = 20 * 1024 * 1024;

const instant = z.iso.datetime({ offset: false });
/** A mail server password: typed in Settings, handed to the keychain, never returned. */
const mailPassword = z.string().min(1).max(1024);

/** The officer's signing PIN or passphrase: never stored, only checked by unwrapping the key (pinWrap.ts checks its length). */
const signingPin = z.string().max(1024);

/** What the officer sees of the signing certificate: nothing secret (shared/letters/signing/pkcs12.ts). */
export const signerSummarySchema = z.object({
  commonName: z.string().max(1000),
  subject: z.string().max(4000),
  issuer: z.string().max(4000),
  serialNumber: z.string().regex(/^[0-9a-f]{0,128}$/),
  notBefore: instant,
  notAfter: instant,
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  selfIssued: z.boolean(),
});
export type SignerSummaryValue = z.infer<typeof signerSummarySchema>;

/**
 * Why a certificate cannot be imported or a letter cannot be signed: the
 * PKCS#12 problems of the letters pipeline, the signing errors, and
 * - `no-signer`: no certificate has been imported (or it was forgotten);
 * - `signing-time`: the prepared PDF claims a signing time far from now (the
 *   signature's /M is the signing time under PAdES; the key holder will not
 *   sign a backdated letter);
 * - `signature-check-failed`: the signed bytes did not verify, so they were not handed back;
 * - `timestamp-failed`: a TSA is configured (PAdES B-T) and its time-stamp could not be had or did not check.
 * - `wrong-pin`: the PIN does not unwrap the key (nothing signed); `pin-locked`: too many wrong PINs, try later;
 * - `pin-not-set`: a certificate imported before PINs existed: a PIN must be set before it signs again;
 * - `pin-too-short` / `pin-too-long`: the new PIN breaks the rule (6 to 128 characters);
 * - `pin-reimport-needed`: the web host kept that old key non-extractable, so it cannot be wrapped: import the file again.
 * Keychain trouble is a platform error (`keychain-unavailable`), not a problem here.
 */
export const signingProblemIds = [
  'not-pkcs12',
  'unsupported-format',
  'wrong-password',
  'no-private-key',
  'no-certificate',
  'key-certificate-mismatch',
  'certificate-not-yet-valid',
  'certificate-expired',
  'key-usage',
  'extended-key-usage',
  'unsupported-key',
  'no-placeholder',
  'placeholder-too-small',
  'no-signer',
  'signing-time',
  'signature-check-failed',
  'timestamp-failed',
  // issue 14: the key is wrapped under the officer's PIN (shared/letters/signing/pinWrap.ts)
  'wrong-pin',
  'pin-locked',
  'pin-not-set',
  'pin-too-short',
  'pin-too-long',
  'pin-reimport-needed',
] as const;
export const signingProblemSchema = z.enum(signingProblemIds);
export type SigningProblem = z.infer<typeof signingProblemSchema>;
// compile-time: every code the pipeline can return has its place in the list (a new one fails here until added)
const pipelineCodesCovered: Pkcs12Problem | SignError['code'] extends SigningProblem ? true : never = true;
void pipelineCodesCovered;

/** One outcome of a signing call: done, or the problem the officer must fix. */
function outcome<T extends z.ZodRawShape>(shape: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), ...shape }), z.object({ ok: z.literal(false), problem: signingProblemSchema })]);
}

export const platformMessages = {
  appInfo: {
    channel: platformChannels.appInfo,
    input: z.object({}).strict(),
    output: appInfoSchema,
  },
  /** The interface language changed: the desktop rebuilds its menu in it. */
  setLocale: {
    channel: platformChannels.setLocale,
    input: z.object({ locale: uiLocaleSchema }).strict(),
    output: z.object({}).strict(),
  },
  openFiles: {
    channel: platformChannels.openFiles,
    input: z
      .object({
        title: z.string().max(200),
        filters: z.array(fileFilterSchema).max(10),
        multiple: z.boolean(),
      })
      .strict(),
    output: z.array(pickedFileSchema),
  },
  saveFile: {
    channel: platformChannels.saveFile,
    input: z
      .object({
        title: z.string().max(200),
        suggestedName: fileName,
        filters: z.array(fileFilterSchema).max(10),
        bytes,
      })
      .strict(),
    /** the name it was saved under (the user may change it in the dialog) */
    output: z.object({ savedAs: z.string() }),
  },
  printPdf: {
    channel: platformChannels.printPdf,
    input: z.object({ jobName: z.string().min(1).max(200), pdf: bytes }).strict(),
    /**
     * `confirmed`: the platform knows what happened (the desktop's print job went to the printer, or was
     * cancelled); a browser only knows that its print dialog opened, and says `printed` for that with
     * `confirmed: false` — the audit then records a dialog opened, not a letter printed (issue 14)
     */
    output: z.object({ printed: z.boolean(), confirmed: z.boolean() }),
  },
  secretSet: {
    channel: platformChannels.secretSet,
    input: z.object({ name: secretNameSchema, value: z.string().max(64 * 1024) }).strict(),
    output: z.object({}).strict(),
  },
  secretGet: {
    channel: platformChannels.secretGet,
    input: z.object({ name: secretNameSchema }).strict(),
    output: z.object({ value: z.string().nullable() }),
  },
  secretDelete: {
    channel: platformChannels.secretDelete,
    input: z.object({ name: secretNameSchema }).strict(),
    output: z.object({}).strict(),
  },
  notify: {
    channel: platformChannels.notify,
    input: z
      .object({
        title: z.string().min(1).max(200),
        body: z.string().max(1000),
        /** a notification with the same tag replaces the previous one */
        tag: z.string().max(100).optional(),
      })
      .strict(),
    output: z.object({ shown: z.boolean() }),
  },
  checkForUpdates: {
    channel: platformChannels.checkForUpdates,
    input: z.object({}).strict(),
    output: updateStatusSchema,
  },
  openExternal: {
    channel: platformChannels.openExternal,
    input: z
      .object({ url: z.string().url().max(2000).refine((u) => /^https?:\/\//i.test(u), 'http(s) only') })
      .strict(),
    output: z.object({}).strict(),
  },
  /**
   * SPEC §4: the signing certificate is imported from a PKCS#12 file with its
   * password. The desktop keeps both encrypted by the OS keychain and the key
   * never leaves the main process; the web host keeps a non-extractable Web
   * Crypto key. Neither the password nor the key ever comes back.
   */
  signingImportP12: {
    channel: platformChannels.signingImportP12,
    input: z
      .object({
        p12: bytes.refine((b) => b.byteLength <= MAX_PKCS12_BYTES, 'too large'),
        password: z.string().max(1024),
        /** issue 14: the officer's PIN, under which the key is kept from now on */
        pin: signingPin,
      })
      .strict(),
    output: outcome({ signer: signerSummarySchema }),
  },
  /**
   * Issue 14: what a PKCS#12 file holds (its certificate's summary), read
   * without keeping anything, so the officer can be asked to confirm an
   * unusual certificate, or the replacement of the current one, before the
   * import overwrites it.
   */
  signingInspectP12: {
    channel: platformChannels.signingInspectP12,
    input: z.object({ p12: bytes.refine((b) => b.byteLength <= MAX_PKCS12_BYTES, 'too large'), password: z.string().max(1024) }).strict(),
    output: outcome({ signer: signerSummarySchema }),
  },
  /**
   * Issue 14: sets the PIN the key is wrapped under, or changes it (the
   * current PIN unwraps it first). Without a current PIN only for a key that
   * has none yet (imported before PINs existed).
   */
  signingSetPin: {
    channel: platformChannels.signingSetPin,
    input: z.object({ currentPin: signingPin.optional(), newPin: signingPin }).strict(),
    output: outcome({}),
  },
  /** The certificate in use, and why it cannot sign now (expired since it was imported, say). */
  signingStatus: {
    channel: platformChannels.signingStatus,
    input: z.object({}).strict(),
    output: z.object({
      signer: signerSummarySchema.nullable(),
      problem: signingProblemSchema.optional(),
      /** issue 14: whether the key is kept under a PIN; `missing` signs nothing until one is set */
      pin: z.enum(['set', 'missing']).optional(),
      /** too many wrong PINs: no signature before this moment */
      pinLockedUntil: instant.optional(),
    }),
  },
  signingForget: {
    channel: platformChannels.signingForget,
    input: z.object({}).strict(),
    output: z.object({}).strict(),
  },
  /**
   * Signs a letter prepared by the letters pipeline (renderLetter with `sign`):
   * the PKCS#7/CMS detached signature over SHA-256 written into it. The
   * answer has been verified by the key holder before it is handed back.
   */
  lettersSign: {
    channel: platformChannels.lettersSign,
    input: z
      .object({
        letterId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
        /** issue 14: the officer's PIN, which unwraps the key for this one signature */
        pin: signingPin,
        pdf: bytes.refine((b) => b.byteLength <= MAX_LETTER_PDF_BYTES, 'too large'),
        /** issue 13: the company's RFC 3161 time-stamping authority (PAdES B-T), http(s) only */
        tsaUrl: z
          .string()
          .max(500)
          .regex(/^https?:\/\/[^\s]+$/)
          .optional(),
      })
      .strict(),
    output: outcome({ pdf: bytes, sha256: z.string().regex(/^[0-9a-f]{64}$/), signedAt: instant }),
  },
  /**
   * Issue 11: the case store's master key (32 bytes), from which the record,
   * blind-index and audit keys are derived. Kept by the OS keychain
   * (safeStorage, in the main process; refused on Linux's plaintext backend)
   * or, on the web host, wrapped by a non-extractable Web Crypto key; never
   * in the profile in the clear. `create` only for a store that does not
   * exist yet: an existing store whose key is gone answers `not-found`, so
   * the app offers a restore instead of silently starting an empty store.
   */
  storeKey: {
    channel: platformChannels.storeKey,
    input: z.object({ create: z.boolean() }).strict(),
    output: z.object({ key: bytes.refine((b) => b.byteLength === 32, '32 bytes'), created: z.boolean() }),
  },
  /**
   * Issue 10: the team server is reached through the host, which keeps the
   * credentials (safeStorage on the desktop) and refuses any path but the
   * team's two databases (shared/team/teamMessages.ts).
   */
  teamSignIn: {
    channel: platformChannels.teamSignIn,
    input: teamSignInInputSchema,
    output: teamSignInOutputSchema,
  },
  teamStatus: {
    channel: platformChannels.teamStatus,
    input: z.object({}).strict(),
    output: teamStatusOutputSchema,
  },
  teamSignOut: {
    channel: platformChannels.teamSignOut,
    input: z.object({}).strict(),
    output: z.object({}).strict(),
  },
  teamRequest: {
    channel: platformChannels.teamRequest,
    input: teamRequestInputSchema,
    output: teamRequestOutputSchema,
  },
  /** IT's one-off setup of a server with an admin account that is not kept. */
  teamSetup: {
    channel: platformChannels.teamSetup,
    input: teamSetupInputSchema,
    output: teamSetupOutputSchema,
  },
  /**
   * The legal mailbox (issue 17), where a Node process runs: the desktop's
   * main process, or the web host's own server. Passwords go in with
   * `mailboxSave` and never come back; they are kept by the keychain.
   */
  mailboxAccounts: {
    channel: platformChannels.mailboxAccounts,
    input: z.object({}).strict(),
    output: z.object({
      accounts: z.array(z.object({ account: mailboxAccountSchema, hasImapPassword: z.boolean(), hasSmtpPassword: z.boolean() })).max(20),
    }),
  },
  mailboxSave: {
    channel: platformChannels.mailboxSave,
    input: z
      .object({
        account: mailboxAccountSchema,
        /** absent: keep the stored one */
        imapPassword: mailPassword.optional(),
        smtpPassword: mailPassword.optional(),
      })
      .strict(),
    output: z.object({}).strict(),
  },
  mailboxRemove: {
    channel: platformChannels.mailboxRemove,
    input: z.object({ accountId: accountIdSchema }).strict(),
    output: z.object({}).strict(),
  },
  /** Tries an account as typed in Settings (stored passwords where none is typed), before it is saved. */
  mailboxTest: {
    channel: platformChannels.mailboxTest,
    input: z.object({ account: mailboxAccountSchema, imapPassword: mailPassword.optional(), smtpPassword: mailPassword.optional() }).strict(),
    output: z.object({ imap: connectionTestSchema, smtp: connectionTestSchema.optional() }),
  },
  mailboxStatus: {
    channel: platformChannels.mailboxStatus,
    input: z.object({}).strict(),
    output: z.object({ states: z.array(mailboxStateSchema).max(20) }),
  },
  /**
   * Waits up to `waitMs` for the next batch of messages (a long poll), and says how every mailbox is
   * doing. `seen` is the `version` of the states last received: the answer comes at once when the
   * states changed since (or when `seen` is absent), so the shell never shows a state that has passed.
   */
  mailboxNext: {
    channel: platformChannels.mailboxNext,
    input: z.object({ waitMs: z.number().int().min(0).max(55_000), seen: z.number().int().nonnegative().optional() }).strict(),
    output: z.object({ batch: mailboxBatchSchema.nullable(), states: z.array(mailboxStateSchema).max(20), version: z.number().int().nonnegative() }),
  },
  /** Which messages of a batch are now on a case (moved to the done folder) and which are not (left). */
  mailboxAck: {
    channel: platformChannels.mailboxAck,
    input: mailboxAckSchema.strict(),
    output: z.object({}).strict(),
  },
  /** Sends a reply (the signed letter's .eml) over the account's SMTP server, and appends it to the sent folder. */
  mailboxSend: {
    channel: platformChannels.mailboxSend,
    input: mailboxSendInputSchema,
    output: mailboxSendOutcomeSchema,
  },
  /**
   * Issue 11: scheduled backups to a folder the officer chose (desktop). The main process keeps the
   * folder; the renderer never names a path, and writes or removes only files named as our backups
   * (the schedule's rule, which is due and which to rotate away, is shared/backup/backupPolicy.ts).
   */
  backupFolderChoose: {
    channel: platformChannels.backupFolderChoose,
    input: z.object({ title: z.string().max(200) }).strict(),
    output: backupFolderState,
  },
  backupFolderList: {
    channel: platformChannels.backupFolderList,
    input: z.object({}).strict(),
    output: backupFolderState,
  },
  /**
   * A backup is written in pieces (a store of gigabytes never crosses IPC, nor sits in either process, whole):
   * begun into the backup folder or where the officer saves it in a native dialog, then chunks in order, then
   * ended — committed (flushed and renamed into place) or abandoned (the partial file removed).
   */
  backupWriteBegin: {
    channel: platformChannels.backupWriteBegin,
    input: z.object({ fileName: backupFileName, to: z.enum(['folder', 'dialog']), title: z.string().max(200) }).strict(),
    output: z.object({ handle: z.uuid() }),
  },
  backupWriteChunk: {
    channel: platformChannels.backupWriteChunk,
    input: z.object({ handle: z.uuid(), bytes: bytes.refine((b) => b.byteLength <= BACKUP_CHUNK_BYTES, 'at most one chunk') }).strict(),
    output: z.object({ written: z.number().int().nonnegative() }),
  },
  backupWriteEnd: {
    channel: platformChannels.backupWriteEnd,
    input: z.object({ handle: z.uuid(), commit: z.boolean() }).strict(),
    /** the name it was saved under, and the backup folder's files after it (empty for a dialog's save) */
    output: z.object({ savedAs: z.string(), files: z.array(z.string().max(255)).max(10_000) }),
  },
  backupFolderRemove: {
    channel: platformChannels.backupFolderRemove,
    input: z.object({ fileNames: z.array(backupFileName).max(1000) }).strict(),
    output: backupFolderState,
  },
} as const;

export type PlatformMessages = typeof platformMessages;
// every channel has its message (and each message takes its channel from channels.ts)
void (platformMessages satisfies Record<MessageName, { channel: string }>);
export type MessageInput<N extends MessageName> = z.input<PlatformMessages[N]['input']>;
export type MessageOutput<N extends MessageName> = z.output<PlatformMessages[N]['output']>;

/** The API the renderer sees, identical on both hosts. */
export type PlatformApi = {
  [N in MessageName]: (input: MessageInput<N>) => Promise<Result<MessageOutput<N>>>;
};



