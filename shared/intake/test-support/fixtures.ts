import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The mail fixtures of e2e/fixtures/mail, written by Python's email package (make_fixtures.py), and their manifest. */
export const FIXTURE_DIR = join(import.meta.dirname, '../../../e2e/fixtures/mail');

export interface ExpectedAttachment {
  fileName: string;
  mimeType: string;
  size?: number;
  sha256?: string;
  inline: boolean;
  contentId?: string;
}

export interface ExpectedMessage {
  ok: true;
  subject: string;
  from: { name: string; address: string } | null;
  messageId: string | null;
  inReplyTo?: string;
  references?: string[];
  receivedAt: string;
  receivedAtSource: 'received-header' | 'date-header' | 'file-time';
  attachments: ExpectedAttachment[];
  refusedAttachments?: { fileName: string; size: number; sha256: string }[];
  forwarded?: { subject: string; from: string; depth: number }[];
  suggestedType: string;
  eea: boolean;
  eeaReasons?: string[];
  warnings: string[];
  textIncludes?: string[];
  htmlIncludes?: string[];
}

export interface ExpectedFailure {
  ok: false;
  failure: string;
}

export interface FixtureEntry {
  file: string;
  kind: 'eml' | 'mbox';
  covers: string[];
  sha256: string;
  options?: { attachmentLimitBytes?: number };
  expect?: ExpectedMessage | ExpectedFailure;
  messages?: ExpectedMessage[];
}

export interface Manifest {
  fileTime: string;
  companyDomains: string[];
  fixtures: FixtureEntry[];
}

export const manifest: Manifest = JSON.parse(readFileSync(join(FIXTURE_DIR, 'expected.json'), 'utf-8')) as Manifest;

export function fixtureBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, file)));
}
