import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureExtensionBFont, EXTENSION_B_TARGET } from './extensionB.mjs';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function setUp(sourceBytes?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'casedesk-extb-'));
  const source = path.join(dir, 'HanaMinB.ttf');
  if (sourceBytes !== undefined) writeFileSync(source, sourceBytes);
  return { root: path.join(dir, 'repo'), source };
}

describe("the letters' Extension B font, copied from Debian's package", () => {
  it('is copied where the renderer imports it when missing, and replaced when it is not the tested version', () => {
    const { root, source } = setUp('the tested font');
    const target = ensureExtensionBFont(root, source, sha('the tested font'));
    expect(target).toBe(path.join(root, EXTENSION_B_TARGET));
    expect(readFileSync(target, 'utf8')).toBe('the tested font');
    writeFileSync(target, 'a damaged copy');
    ensureExtensionBFont(root, source, sha('the tested font'));
    expect(readFileSync(target, 'utf8')).toBe('the tested font');
  });

  it('refuses another version of the font, and says what to install when it is missing', () => {
    const other = setUp('another version');
    expect(() => ensureExtensionBFont(other.root, other.source, sha('the tested font'))).toThrow(/not the HanaMinB the letters were tested with/);
    expect(existsSync(path.join(other.root, EXTENSION_B_TARGET))).toBe(false);
    const none = setUp();
    expect(() => ensureExtensionBFont(none.root, none.source, sha('the tested font'))).toThrow(/apt-get install -y fonts-hanazono/);
  });

  it("the digest pinned is that of Debian's HanaMinB on this machine", () => {
    // npm test installs fonts-hanazono first (.ci/systemPackages.mjs); a new Debian version must be looked at before it is pinned
    expect(() => ensureExtensionBFont(mkdtempSync(path.join(tmpdir(), 'casedesk-extb-real-')))).not.toThrow();
  });
});
