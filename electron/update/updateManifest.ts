import { JSON_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';

/**
 * A channel file as electron-builder writes it (latest.yml, latest-linux.yml),
 * read only after its signature verified: the version, and for each
 * installer its file name, SHA-512 (base64) and size. electron-updater checks
 * the downloaded installer against this SHA-512, and so does
 * downloadedUpdate.ts once more before anything is installed.
 */
const sha512 = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'base64 of a SHA-512');

export const updateFileSchema = z.looseObject({
  url: z.string().min(1).max(500),
  sha512,
  size: z.number().int().positive(),
});

export const updateManifestSchema = z.looseObject({
  version: z.string().min(1).max(100),
  files: z.array(updateFileSchema).min(1).max(20),
  path: z.string().optional(),
  sha512: sha512.optional(),
  releaseDate: z.string().optional(),
});
export type UpdateManifest = z.infer<typeof updateManifestSchema>;

export function parseUpdateManifest(bytes: Uint8Array): UpdateManifest | null {
  let data: unknown;
  try {
    // the JSON schema of YAML: no custom tags, nothing but plain data
    data = load(Buffer.from(bytes).toString('utf8'), { schema: JSON_SCHEMA });
  } catch {
    return null;
  }
  const parsed = updateManifestSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
