import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { JSON_SCHEMA, load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './protocol/contentSecurityPolicy';

// Issue 16: the build configuration, read as the build reads it — a fuse, a
// signing setting or a web preference that regresses fails here.
vi.mock('electron', () => ({ BrowserWindow: class {}, shell: {} }));
const { enforcedWebPreferences } = await import('./hardenWindow');

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const builder = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'), { schema: JSON_SCHEMA }) as Record<string, unknown>;
const { FUSES } = require('./release/fuses.cjs') as { FUSES: Record<string, boolean> };
const { fuseConfig } = require('./release/afterPack.cjs') as { fuseConfig(): Record<string | number, unknown> };

const wantedFuses: Record<keyof typeof FuseV1Options, boolean> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe('build configuration (electron-builder.yml and what it runs)', () => {
  it('flips the fuses with @electron/fuses after packing, from one place', () => {
    expect(builder.afterPack).toBe('electron/release/afterPack.cjs');
    // one source of truth: electron-builder's own fuse block would flip them a second time, differently
    expect(builder.electronFuses).toBeUndefined();
    expect(builder.asar).toBe(true);
  });

  it('decides every fuse of the wire, each as the security checklist wants', () => {
    const names = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    expect(Object.keys(FUSES).sort()).toEqual(names.sort());
    expect(FUSES).toEqual(wantedFuses);
    const config = fuseConfig();
    expect(config.version).toBe(FuseVersion.V1);
    expect(config.strictlyRequireAllFuses).toBe(true);
    for (const [name, value] of Object.entries(wantedFuses)) expect(config[FuseV1Options[name as keyof typeof FuseV1Options]]).toBe(value);
  });

  it('signs Windows builds with the company certificate and has updates check the publisher', () => {
    const win = builder.win as { signtoolOptions?: { publisherName?: string[]; signingHashAlgorithms?: string[] }; verifyUpdateCodeSignature?: boolean };
    expect(win.signtoolOptions?.publisherName?.length).toBeGreaterThan(0);
    expect(win.signtoolOptions?.signingHashAlgorithms).toEqual(['sha256']);
    expect(win.verifyUpdateCodeSignature).toBe(true);
  });

  it('updates from an HTTPS server only', () => {
    expect(builder.publish).toMatchObject({ provider: 'generic' });
    expect(String((builder.publish as { url: string }).url)).toMatch(/^https:\/\//);
  });

  it('never loosens a window\'s web preferences', () => {
    expect(enforcedWebPreferences).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('ships a page whose own policy has no development allowance, and a header policy that forbids framing', () => {
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    for (const policy of [meta!, CONTENT_SECURITY_POLICY]) {
      const d = cspDirectives(policy);
      expect(d.get('default-src')).toEqual(["'none'"]);
      expect(d.get('script-src')).toEqual(["'self'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(policy).not.toMatch(/ws:|wss:|unsafe-eval|http:|https:|\*/);
    }
    expect(cspDirectives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });
});
