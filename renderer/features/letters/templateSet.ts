import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_TEMPLATE_SET, letterTemplateSetSchema, type LetterTemplate, type LetterTemplateSet } from '../../../shared/letters';
import { database, type CaseDeskDatabase } from '../../db/database';
import { readSetting, writeSetting } from '../../db/settings';

/**
 * The letter templates in force (issue 6: templates are data): a manager's
 * set saved in Settings, else the shipped one. Every save is a new version
 * of the template and of the set, so a letter records which text it used.
 */

export async function readTemplateSet(db: CaseDeskDatabase): Promise<LetterTemplateSet> {
  return (await readSetting(db, 'letterTemplates')) ?? DEFAULT_TEMPLATE_SET;
}

/** The set in force, live (the shipped set while loading). */
export function useTemplateSet(): LetterTemplateSet {
  return useLiveQuery(() => readTemplateSet(database()), [], DEFAULT_TEMPLATE_SET);
}

export type TemplateSaveResult = { ok: true; set: LetterTemplateSet } | { ok: false; message: string };

/** `set` with `edited` in place of its kind's template, as the next version of both; or the schema's first complaint. */
export function withTemplate(set: LetterTemplateSet, edited: LetterTemplate): TemplateSaveResult {
  const current = set.templates.find((t) => t.kind === edited.kind);
  const template = { ...edited, version: (current?.version ?? 0) + 1 };
  const next = {
    ...set,
    version: set.version + 1,
    templates: current ? set.templates.map((t) => (t.kind === edited.kind ? template : t)) : [...set.templates, template],
  };
  const parsed = letterTemplateSetSchema.safeParse(next);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
  return { ok: true, set: parsed.data };
}

/** Saves an edited template as a new version (audited); refuses one the schema rejects (an unknown {{field}} or clause). */
export async function saveTemplate(db: CaseDeskDatabase, edited: LetterTemplate, actor: string): Promise<TemplateSaveResult> {
  const result = withTemplate(await readTemplateSet(db), edited);
  if (result.ok) await writeSetting(db, 'letterTemplates', result.set, actor);
  return result;
}

/**
 * Puts the shipped templates and clauses back, as a new version: versions
 * never go backwards, so a letter's recorded template version stays unique.
 */
export async function restoreShippedTemplates(db: CaseDeskDatabase, actor: string): Promise<LetterTemplateSet> {
  const current = await readTemplateSet(db);
  const set: LetterTemplateSet = {
    version: current.version + 1,
    templates: DEFAULT_TEMPLATE_SET.templates.map((shipped) => {
      const now = current.templates.find((t) => t.kind === shipped.kind);
      return { ...shipped, version: Math.max(shipped.version, (now?.version ?? 0) + 1) };
    }),
    clauses: { ...DEFAULT_TEMPLATE_SET.clauses, version: Math.max(DEFAULT_TEMPLATE_SET.clauses.version, current.clauses.version + 1) },
  };
  await writeSetting(db, 'letterTemplates', set, actor);
  return set;
}
