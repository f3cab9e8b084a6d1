import { describe, expect, it, vi } from 'vitest';
import { openingWait, type AreaCode } from '../../../renderer/src/app/area-opening';

/** An area's code whose chunk arrives when told to. */
function code(loaded: boolean) {
  let arrive!: () => void;
  const chunk = new Promise<void>((resolve) => (arrive = resolve));
  const area: AreaCode = { preload: vi.fn(() => chunk), loaded: () => loaded };
  return { area, arrive };
}

describe('opening an area (issue 16: an area opened before the idle preload reached it)', () => {
  it('asks for its first data at once, while its code loads, and waits for the code', async () => {
    const { area, arrive } = code(false);
    const asked = vi.fn(async () => undefined);
    const waiting = openingWait(area, asked);
    expect(waiting).not.toBeNull();
    expect(area.preload).toHaveBeenCalledOnce();
    // Asked before the code is in: the engine answers while the chunk downloads and evaluates.
    expect(asked).toHaveBeenCalledOnce();
    let done = false;
    void waiting?.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    arrive();
    await waiting;
    expect(done).toBe(true);
  });

  it('waits for nothing and asks nothing when its code is in: its view asks as it draws', () => {
    const { area } = code(true);
    const asked = vi.fn(async () => undefined);
    expect(openingWait(area, asked)).toBeNull();
    expect(area.preload).not.toHaveBeenCalled();
    expect(asked).not.toHaveBeenCalled();
    expect(openingWait(undefined, asked)).toBeNull();
  });

  it('leaves a failed ask to the view, which asks again: the wait is for the code alone', async () => {
    const { area, arrive } = code(false);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const waiting = openingWait(area, () => Promise.reject(new Error('engine busy')));
      arrive();
      await expect(waiting).resolves.toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
