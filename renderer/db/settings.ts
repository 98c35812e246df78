import { z } from 'zod';
import { uiLocaleSchema } from '../../shared/platform/contract';
import { calendarDataSchema } from '../../shared/calendar/calendarData';
import { deadlineRulesSchema } from '../../shared/deadlines/deadlineRule';
import { letterTemplateSetSchema } from '../../shared/letters/templates/schema';
import { retentionYearsSchema } from '../../shared/retention/retentionPolicy';
import { appendAudit } from './audit';
import type { CaseDeskDatabase } from './database';

/**
 * Settings are stored as key → JSON value and parsed with their schema on
 * every read: a damaged or older value falls back to the default instead of
 * reaching the UI unchecked.
 */
export const settingSchemas = {
  /** the interface language */
  locale: uiLocaleSchema,
  /** the officer using this workstation; the actor of audit events */
  officer: z.object({ name: z.string().trim().min(1).max(100), title: z.string().trim().max(100) }),
  /** set once the first-run choice (sample data or empty) was made */
  firstRunDone: z.boolean(),
  /** the working-day calendar in force, when Settings changed it (else the shipped one) */
  calendar: calendarDataSchema,
  /** the deadline rules in force, when Settings changed them (else the defaults) */
  deadlineRules: deadlineRulesSchema,
  /** due-date notifications already shown: notificationKey → when (at most once per case and threshold) */
  sentNotifications: z.record(z.string(), z.string()),
  /** issue 4: an email attachment over this many MB is refused with a clear message, the rest kept (default 50; see db/intakeSettings.ts) */
  attachmentLimitMb: z.number().int().min(1).max(200),
  /** issue 6: the letter templates and clauses in force, when a manager edited them in Settings (else the shipped set; see features/letters/templateSet.ts) */
  letterTemplates: letterTemplateSetSchema,
  /** issue 11, policy 5.5.1: years a closed case is kept before its personal data is purged (default 3; shared/retention/) */
  retentionYears: retentionYearsSchema,
  /** issue 11: scheduled backups to the desktop's backup folder (the passphrase is in the keychain, not here) */
  backupSchedule: z.object({ everyDays: z.number().int().min(1).max(30), keep: z.number().int().min(1).max(365) }),
} as const;
export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export async function readSetting<K extends SettingKey>(db: CaseDeskDatabase, key: K): Promise<SettingValue<K> | undefined> {
  const record = await db.settings.get(key);
  if (!record) return undefined;
  const parsed = settingSchemas[key].safeParse(record.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

/** Writes a setting and its audit event together. */
export async function writeSetting<K extends SettingKey>(db: CaseDeskDatabase, key: K, value: SettingValue<K>, actor: string): Promise<void> {
  const parsed = settingSchemas[key].parse(value);
  await db.transaction('rw', [db.settings, db.auditLog], async () => {
    const before = (await db.settings.get(key))?.value;
    await db.settings.put({ key, value: parsed });
    await appendAudit(db, { actor, action: 'settings.updated', subject: `settings:${key}`, summary: key, before, after: parsed });
  });
}
