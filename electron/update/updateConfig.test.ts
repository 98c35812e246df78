import { describe, expect, it } from 'vitest';
import { channelFileName, parseUpdateConfig } from './updateConfig';

describe('app-update.yml', () => {
  it('reads the generic HTTPS server electron-builder writes', () => {
    expect(parseUpdateConfig('provider: generic\nurl: https://updates.solutioncl.com/casedesk/\nchannel: latest\nupdaterCacheDirName: casedesk-updater\n')).toMatchObject({
      provider: 'generic',
      url: 'https://updates.solutioncl.com/casedesk/',
      channel: 'latest',
    });
  });

  it.each([
    'provider: generic\nurl: http://updates.solutioncl.com/casedesk/\n',
    'provider: github\nowner: x\nrepo: y\n',
    'url: https://updates.solutioncl.com/\n',
    '!!js/function "function(){}"',
    '',
  ])('refuses anything else: %s', (text) => {
    expect(parseUpdateConfig(text)).toBeNull();
  });

  it('names the channel file electron-builder writes for each platform', () => {
    expect(channelFileName('latest', 'win32', 'x64')).toBe('latest.yml');
    expect(channelFileName('latest', 'linux', 'x64')).toBe('latest-linux.yml');
    expect(channelFileName('latest', 'linux', 'arm64')).toBe('latest-linux-arm64.yml');
  });
});
