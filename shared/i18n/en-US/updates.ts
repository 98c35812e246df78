import type { MessageTree } from '../types';
import type * as zh from '../zh-CN/updates';

export const update: MessageTree<typeof zh.update> = {
  refused: 'This update was refused: {reason}. Nothing was installed; this version keeps working.',
  problem: {
    'signature-missing': 'the update has no release signature',
    'signature-malformed': "the update's signature file cannot be read",
    'unknown-key': 'the update is not signed with a release key this version trusts',
    'bad-signature': 'the signature does not match the update (it may have been tampered with)',
    'manifest-invalid': "the update's channel file is malformed",
    downgrade: 'the server offers an older version than the one running',
    unreachable: 'the update server cannot be reached',
    'hash-mismatch': 'the downloaded installer does not match the signed checksum (it may have been tampered with)',
    unreadable: 'the downloaded installer cannot be read',
  },
  readyToInstall: 'Version {version} has been downloaded and its signature verified. Install it now and restart CaseDesk?',
  readyDetail: 'Save any letter you are editing first. "Later" installs nothing; you can install it any time from Help → Check for Updates.',
  installNow: 'Install and restart',
  later: 'Later',
};
