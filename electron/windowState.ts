import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './fs/atomicWrite';

/**
 * The main window's size, place and maximised flag, remembered between
 * starts (SPEC §7). The file is ours but lives on the user's disk, so it is
 * parsed, not trusted: anything unreadable or out of range gives the defaults
 * rather than a window that is off-screen or 0 px wide.
 */
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;
const MAX_SIDE = 16_384;

export const windowStateSchema = z.object({
  width: z.number().int().min(MIN_WIDTH).max(MAX_SIDE),
  height: z.number().int().min(MIN_HEIGHT).max(MAX_SIDE),
  x: z.number().int().min(-MAX_SIDE).max(MAX_SIDE).optional(),
  y: z.number().int().min(-MAX_SIDE).max(MAX_SIDE).optional(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE; // missing on first start, or not JSON
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(state));
}

/** How much of the window's title bar must be on a screen for the saved place to count. */
const MIN_VISIBLE = 100;

/**
 * Drops the saved position when no display shows enough of the window — the
 * laptop that was docked to a second monitor yesterday — so the window opens
 * centred instead of somewhere nobody can see it.
 */
export function placeOnDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const { x, y } = state;
  if (x === undefined || y === undefined) return state;
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(x + state.width, area.x + area.width) - Math.max(x, area.x);
    const titleBarOnScreen = y >= area.y && y < area.y + area.height - MIN_VISIBLE / 2;
    return overlapX >= MIN_VISIBLE && titleBarOnScreen;
  });
  if (visible) return state;
  return { width: state.width, height: state.height, maximized: state.maximized };
}

/** The state to save for a window: its normal (un-maximised) bounds plus the flag, clamped into the schema. */
export function stateFromWindow(normalBounds: Rectangle, maximized: boolean): WindowState {
  const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));
  return {
    width: clamp(normalBounds.width, MIN_WIDTH, MAX_SIDE),
    height: clamp(normalBounds.height, MIN_HEIGHT, MAX_SIDE),
    x: clamp(normalBounds.x, -MAX_SIDE, MAX_SIDE),
    y: clamp(normalBounds.y, -MAX_SIDE, MAX_SIDE),
    maximized,
  };
}
