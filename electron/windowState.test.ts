import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, placeOnDisplays, saveWindowState, stateFromWindow, type WindowState } from './windowState';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casedesk-window-'));
  file = join(dir, 'window-state.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('window state file', () => {
  it('gives the defaults on first start (no file)', async () => {
    await expect(loadWindowState(file)).resolves.toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['not JSON', '{"width": 1200, "hei'],
    ['empty', ''],
    ['a zero-width window', JSON.stringify({ width: 0, height: 800, maximized: false })],
    ['a string where a number belongs', JSON.stringify({ width: '1200', height: 800, maximized: false })],
    ['a missing flag', JSON.stringify({ width: 1200, height: 800 })],
    ['absurd coordinates', JSON.stringify({ width: 1200, height: 800, x: 1e9, y: 0, maximized: false })],
    ['JSON null', 'null'],
  ])('gives the defaults for a corrupt file: %s', async (_label, content) => {
    await writeFile(file, content);
    await expect(loadWindowState(file)).resolves.toEqual(DEFAULT_WINDOW_STATE);
  });

  it('reads back what it saved', async () => {
    const state: WindowState = { width: 1400, height: 900, x: 40, y: 30, maximized: true };
    await saveWindowState(file, state);
    await expect(loadWindowState(file)).resolves.toEqual(state);
  });
});

describe('placeOnDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
  const saved: WindowState = { width: 1280, height: 800, x: 2100, y: 50, maximized: false };

  it('keeps the position while the monitor it was on is still there', () => {
    const external = { x: 1920, y: 0, width: 2560, height: 1400 };
    expect(placeOnDisplays(saved, [laptop, external])).toEqual(saved);
  });

  it('drops the position when that monitor is gone, keeping size and maximised flag', () => {
    expect(placeOnDisplays(saved, [laptop])).toEqual({ width: 1280, height: 800, maximized: false });
  });

  it('drops a position whose title bar is above the screen', () => {
    expect(placeOnDisplays({ ...saved, x: 100, y: -500 }, [laptop])).toEqual({ width: 1280, height: 800, maximized: false });
  });
});

describe('stateFromWindow', () => {
  it('clamps what the window reports into the schema', () => {
    expect(stateFromWindow({ x: 10.4, y: -20.6, width: 300, height: 200 }, false)).toEqual({ x: 10, y: -21, width: 960, height: 600, maximized: false });
  });
});
