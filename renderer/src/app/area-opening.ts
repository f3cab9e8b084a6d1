/** An area's code, loaded on first use and fetchable ahead (lib/lazy-named.ts). */
export interface AreaCode {
  preload(): Promise<unknown>;
  loaded(): boolean;
}

/**
 * What opening an area waits for: nothing when its code is in (its view asks for its data as it
 * draws); otherwise its code, with its first data asked of the engine at the same time, so that the
 * engine answers while the code loads. Opened before the idle preload reached it (at ready), an area
 * asked for its data only once its code was in and its view drawn: Economia ~0.15 s later (issue 16).
 * A failed ask is the view's to report: it asks again.
 */
export function openingWait(code: AreaCode | undefined, askData: () => Promise<unknown>): Promise<unknown> | null {
  if (!code || code.loaded()) return null;
  const waiting = code.preload();
  askData().catch(() => undefined);
  return waiting;
}
