/** A merge field in template text: `{{requesterName}}`. */
export const MERGE_FIELD_PATTERN = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The names of the merge fields in `text`, in order of first appearance. */
export function fieldsIn(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(MERGE_FIELD_PATTERN)) {
    const name = m[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Replaces every field with `value(name)`; a field for which it returns undefined is left as it was. */
export function fillFields(text: string, value: (name: string) => string | undefined): string {
  return text.replace(MERGE_FIELD_PATTERN, (whole, name: string) => value(name) ?? whole);
}
