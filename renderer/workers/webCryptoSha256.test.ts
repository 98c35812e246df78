import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/audit/chain';
import { webCryptoSha256 } from './webCryptoSha256';

describe('the worker’s native SHA-256', () => {
  it('gives the digest the store records elsewhere, for views into larger buffers too', async () => {
    const whole = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256);
    const view = whole.subarray(17, 50_017);
    expect(await webCryptoSha256(whole)).toBe(sha256Hex(whole));
    expect(await webCryptoSha256(view)).toBe(sha256Hex(view));
    expect(await webCryptoSha256(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
