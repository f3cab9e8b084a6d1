import type { BrowserWindow, Rectangle } from 'electron';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Where and how big the window was last time, so the planner finds it where they left it. */

export const WINDOW_STATE_NAME = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1440, height: 900, maximized: false };
const MIN_WIDTH = 800;
const MIN_HEIGHT = 560;

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(200).max(100_000);
const stored = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: size,
  height: size,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof stored>;

/** Synchronous on purpose: read once before the window exists, tiny, and a failure just means defaults. */
export function loadWindowState(userDataDir: string, workAreas: Rectangle[]): WindowState {
  try {
    const parsed = stored.safeParse(JSON.parse(readFileSync(path.join(userDataDir, WINDOW_STATE_NAME), 'utf8')));
    return parsed.success ? fitToDisplays(parsed.data, workAreas) : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/**
 * Keeps a remembered window reachable after a monitor was unplugged or the resolution changed:
 * the size shrinks to the largest screen, and a position whose title bar is on no screen is
 * dropped so the system centres the window.
 */
export function fitToDisplays(state: WindowState, workAreas: Rectangle[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  const width = Math.max(Math.min(state.width, maxWidth), Math.min(MIN_WIDTH, maxWidth));
  const height = Math.max(Math.min(state.height, maxHeight), Math.min(MIN_HEIGHT, maxHeight));
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const titleBar = { x: state.x, y: state.y, width, height: 32 };
  const visible = workAreas.some((area) => overlap(titleBar, area) >= 64 * 16);
  return visible ? { ...fitted, x: state.x, y: state.y } : fitted;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export function saveWindowState(userDataDir: string, window: BrowserWindow): void {
  const bounds = window.getNormalBounds();
  const state: WindowState = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: window.isMaximized() || window.isFullScreen(),
  };
  const file = path.join(userDataDir, WINDOW_STATE_NAME);
  const temp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, `${JSON.stringify(state)}\n`);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    console.warn(`[window-state] could not write ${file}:`, error);
  }
}

/** Saves on close (not on every move): the app may quit right after, so the write is synchronous. */
export function trackWindowState(userDataDir: string, window: BrowserWindow): void {
  window.on('close', () => {
    if (!window.isDestroyed()) saveWindowState(userDataDir, window);
  });
}

export const MIN_WINDOW_SIZE = { width: MIN_WIDTH, height: MIN_HEIGHT } as const;
