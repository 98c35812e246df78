import { GENERIC_SALUTATION_ZH, personalSalutationZh } from '../drafts/notice';

/** A notice's first non-empty line is its title (the email's subject); the rest is the body. */
export function splitTitle(text: string): { title: string; body: string } {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { title: '', body: '' };
  return { title: lines[first]!.trim(), body: lines.slice(first + 1).join('\n').replace(/^\n+/, '') };
}

/**
 * The notice for one person: the generic salutation (尊敬的用户：) becomes
 * their name where the list gives one. Only a line that is exactly the
 * generic salutation is replaced, so an officer's own wording stays.
 */
export function personalise(text: string, name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return text;
  return text.replace(new RegExp(`^${GENERIC_SALUTATION_ZH}$`, 'm'), personalSalutationZh(trimmed));
}
