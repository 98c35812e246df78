import { describe, expect, it } from 'vitest';
import { compareVersions } from './versions';

describe('compareVersions', () => {
  it.each([
    ['0.2.0', '0.1.0', 1],
    ['0.1.0', '0.1.0', 0],
    ['0.1.0', '0.10.0', -1],
    ['1.0.0', '0.99.99', 1],
    ['1.0.0-beta.2', '1.0.0', -1],
    ['1.0.0-beta.10', '1.0.0-beta.9', 1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0+build.5', '1.0.0', 0],
  ])('%s against %s is %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });

  it.each(['1.0', 'v1.0.0', '1.0.0.0', '', '01.0.0x'])('is null for what is not a version: %s', (text) => {
    expect(compareVersions(text, '1.0.0')).toBeNull();
  });
});
