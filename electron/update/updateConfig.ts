import { JSON_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';

/**
 * The update server, as electron-builder writes it into app-update.yml from
 * electron-builder.yml's `publish` (a generic HTTPS server). Read once at
 * start; the verified provider is configured from it.
 */
export const updateConfigSchema = z.looseObject({
  provider: z.literal('generic'),
  url: z.url({ protocol: /^https$/ }),
  channel: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
});
export type UpdateConfig = z.infer<typeof updateConfigSchema>;

export function parseUpdateConfig(text: string): UpdateConfig | null {
  try {
    const parsed = updateConfigSchema.safeParse(load(text, { schema: JSON_SCHEMA }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** electron-updater's channel file names: latest.yml on Windows, latest-linux.yml (or -arm64) on Linux. */
export function channelFileName(channel: string, platform: NodeJS.Platform, arch: string): string {
  if (platform === 'win32') return `${channel}.yml`;
  if (platform === 'darwin') return `${channel}-mac.yml`;
  return arch === 'x64' ? `${channel}-linux.yml` : `${channel}-linux-${arch}.yml`;
}
