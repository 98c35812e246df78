import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, WireFrameError } from './wireFrame';

describe('wire frames (platform calls over the web host\'s HTTP)', () => {
  it('carries a value with byte arrays at any depth, byte for byte', () => {
    const raw = new Uint8Array([0, 1, 2, 255, 13, 10]);
    const value = { messages: [{ uid: 7, raw, subject: '申请删除 个人信息' }, { uid: 8, raw: new Uint8Array(0) }], empty: null };
    const back = decodeFrame(encodeFrame(value)) as typeof value;
    expect(back.messages[0]?.raw).toBeInstanceOf(Uint8Array);
    expect([...back.messages[0]!.raw]).toEqual([...raw]);
    expect(back.messages[1]?.raw.byteLength).toBe(0);
    expect(back.messages[0]?.subject).toBe('申请删除 个人信息');
    expect(back.empty).toBeNull();
  });

  it('reads a view on a larger buffer without the bytes around it', () => {
    const big = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const back = decodeFrame(encodeFrame({ b: big.subarray(2, 5) })) as { b: Uint8Array };
    expect([...back.b]).toEqual([1, 2, 3]);
  });

  it.each([
    ['no magic', new Uint8Array([1, 2, 3, 4, 0, 0, 0, 0])],
    ['too short', new Uint8Array([0x43, 0x44])],
    ['header longer than the frame', new Uint8Array([0x43, 0x44, 0x46, 0x31, 0, 0, 0, 99, 0x7b, 0x7d])],
  ])('refuses a malformed frame: %s', (_why, frame) => {
    expect(() => decodeFrame(frame)).toThrow(WireFrameError);
  });

  it('refuses a byte range outside the frame', () => {
    const json = new TextEncoder().encode('{"b":{"$bytes":[0,10]}}');
    const frame = new Uint8Array(8 + json.byteLength + 3);
    frame.set([0x43, 0x44, 0x46, 0x31]);
    new DataView(frame.buffer).setUint32(4, json.byteLength);
    frame.set(json, 8);
    expect(() => decodeFrame(frame)).toThrow(/outside/);
  });

  it('never lets a frame set an object prototype', () => {
    const json = new TextEncoder().encode('{"__proto__":{"polluted":true},"a":1}');
    const frame = new Uint8Array(8 + json.byteLength);
    frame.set([0x43, 0x44, 0x46, 0x31]);
    new DataView(frame.buffer).setUint32(4, json.byteLength);
    frame.set(json, 8);
    const back = decodeFrame(frame) as Record<string, unknown>;
    expect(back.a).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });
});
