import { DEFAULT_ATTACHMENT_LIMIT_BYTES } from '../../shared/intake';
import type { CaseDeskDatabase } from './database';
import { readSetting, writeSetting } from './settings';

/**
 * Intake's own settings. The attachment size limit (issue 4: "an attachment
 * over a configurable size, default 50 MB, is refused with a clear message
 * and the rest of the message kept") is stored in whole megabytes; the parser
 * and the scan upload both take it in bytes.
 */
export const DEFAULT_ATTACHMENT_LIMIT_MB = DEFAULT_ATTACHMENT_LIMIT_BYTES / (1024 * 1024);

/** The company's own mail domains: a Received: stamp by one of their hosts is our server's receipt time (SPEC §1). */
export const COMPANY_MAIL_DOMAINS: readonly string[] = ['solutioncl.com'];

export async function readAttachmentLimitMb(db: CaseDeskDatabase): Promise<number> {
  return (await readSetting(db, 'attachmentLimitMb')) ?? DEFAULT_ATTACHMENT_LIMIT_MB;
}

export function megabytesToBytes(mb: number): number {
  return mb * 1024 * 1024;
}

export function writeAttachmentLimitMb(db: CaseDeskDatabase, mb: number, actor: string): Promise<void> {
  return writeSetting(db, 'attachmentLimitMb', mb, actor);
}
