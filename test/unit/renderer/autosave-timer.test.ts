import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveTimer } from '../../../renderer/src/workspace/autosave-timer';

describe('AutosaveTimer', () => {
  let runs: number;
  let timer: AutosaveTimer;
  beforeEach(() => {
    vi.useFakeTimers();
    runs = 0;
    timer = new AutosaveTimer(2_000, () => {
      runs += 1;
      return Promise.resolve();
    });
  });
  afterEach(() => vi.useRealTimers());

  it('saves once the changes stop for the delay, not at each change', () => {
    timer.schedule();
    vi.advanceTimersByTime(1_500);
    timer.schedule();
    vi.advanceTimersByTime(1_500);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(500);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(runs).toBe(1);
  });

  it('a save in between drops the waiting one', () => {
    timer.schedule();
    timer.cancel();
    vi.advanceTimersByTime(5_000);
    expect(runs).toBe(0);
  });

  it('before the workspace is replaced, the waiting save runs at once, and only once', async () => {
    timer.schedule();
    await timer.flush();
    expect(runs).toBe(1);
    vi.advanceTimersByTime(5_000);
    expect(runs).toBe(1);
  });

  it('flushing with nothing waiting saves nothing', async () => {
    await timer.flush();
    timer.schedule();
    vi.advanceTimersByTime(2_000);
    await timer.flush();
    expect(runs).toBe(1);
  });
});
