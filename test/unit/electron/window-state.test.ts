import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, saveWindowState, WINDOW_STATE_NAME } from '../../../electron/main/window-state';

vi.mock('electron', () => ({}));

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'arranjo-ws-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('round-trips bounds and maximized', () => {
    const window = {
      getNormalBounds: () => ({ x: 100, y: 80, width: 1200, height: 800 }),
      isMaximized: () => true,
      isFullScreen: () => false,
    } as unknown as BrowserWindow;
    saveWindowState(dir, window);
    expect(loadWindowState(dir, screen)).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: true });
  });

  it('falls back to defaults for a missing, corrupt or out-of-range file', () => {
    expect(loadWindowState(dir, screen)).toEqual(DEFAULT_WINDOW_STATE);
    for (const content of ['{', '{"width":"big","height":1,"maximized":false}', '{"width":1e9,"height":800,"maximized":false}', 'null']) {
      writeFileSync(path.join(dir, WINDOW_STATE_NAME), content);
      expect(loadWindowState(dir, screen), content).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('drops a position left on an unplugged monitor and shrinks to the largest screen', () => {
    expect(fitToDisplays({ x: 2500, y: 100, width: 1200, height: 800, maximized: false }, screen)).toEqual({ width: 1200, height: 800, maximized: false });
    expect(fitToDisplays({ x: 10, y: 10, width: 3000, height: 2000, maximized: false }, screen)).toEqual({ x: 10, y: 10, width: 1920, height: 1040, maximized: false });
  });
});
