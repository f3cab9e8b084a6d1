import type { Engine } from './workspace-controller';

/** The deps of a query: primitives, as useEngineData takes them. */
export type PrefetchDeps = readonly (string | number | boolean | null | undefined)[];

/**
 * What a view asks the engine for, named so the app can ask the same ahead of the view: the view
 * loads it with useEngineQuery, the area's prefetch with PrefetchedData.prefetch.
 */
export interface EngineQuery<T> {
  id: string;
  deps: PrefetchDeps;
  load: (engine: Engine) => Promise<T>;
}

/** A named query (its answer's type inferred from `load`). */
export const engineQuery = <T>(id: string, deps: PrefetchDeps, load: (engine: Engine) => Promise<T>): EngineQuery<T> => ({
  id,
  deps,
  load,
});

interface Entry {
  version: number;
  answer: Promise<unknown>;
  /** The answer, once it arrived (a failure leaves it unset). */
  settled?: { value: unknown };
}

/**
 * Each area's first data, asked for while the page is idle after the dashboard is drawn (issue 16:
 * an area's first open waited for its queries — economy's analyses, initiatives' list), and handed
 * to the view that asks the same thing when the area opens.
 *
 * Never stale: an entry holds for the workspace data version it was asked at only, and the workspace
 * controller clears every entry before and after any change, undo, redo or load (a prefetch that
 * raced a change is dropped). Within that version an entry serves every view that asks the same
 * (`ask`): an area opened again shows its data in its first frame, without asking the engine again
 * (a second visit to Polos e iniciativas at agency scale asked the list, the populations and the
 * map's areas anew, drew the area empty, then again with the answers). A failed answer is not kept:
 * the next view asks the engine itself.
 */
export class PrefetchedData {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly currentVersion: () => number) {}

  /** Asks now (once per id, deps and data version) what a view will ask when its area opens. */
  prefetch<T>({ id, deps, load }: EngineQuery<T>, engine: Engine): Promise<T> {
    const key = entryKey(id, JSON.stringify(deps));
    const version = this.currentVersion();
    const existing = this.entries.get(key);
    if (existing && existing.version === version) return existing.answer as Promise<T>;
    return this.keep(key, version, load(engine));
  }

  /**
   * What a view asks for `id` and `depsKey` at `version`: the answer kept for them, or `load`'s, kept
   * for the next view that asks the same while the data stays at that version.
   */
  ask<T>(id: string, depsKey: string, version: number, load: () => Promise<T>): Promise<T> {
    const kept = this.take(id, depsKey, version, load);
    if (kept) return kept;
    const answer = load();
    // An answer asked under a version the workspace already left is not kept (never served stale).
    return version === this.currentVersion() ? this.keep(entryKey(id, depsKey), version, answer) : answer;
  }

  private keep<T>(key: string, version: number, answer: Promise<T>): Promise<T> {
    const entry: Entry = { version, answer };
    // A rejection is the view's to report, if it asks; unasked, it must not surface as unhandled.
    answer.then(
      (value) => (entry.settled = { value }),
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.entries.set(key, entry);
    return answer;
  }

  /**
   * The answer kept for `id` and `depsKey` (JSON of the deps) at `version` (it stays kept for the next
   * view), or null when there is none for that version. A failed one falls back to `load`.
   */
  take<T>(id: string, depsKey: string, version: number, load: () => Promise<T>): Promise<T> | null {
    const key = entryKey(id, depsKey);
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.version !== version) {
      this.entries.delete(key);
      return null;
    }
    return (entry.answer as Promise<T>).catch(load);
  }

  /**
   * The prefetched answer for `id` and `depsKey` at `version` if it has already arrived, without taking
   * it: a view's first render draws it at once (issue 16: no frame without the data, and no second
   * pass of the area when it arrives), a view opened again too.
   */
  peek<T>(id: string, depsKey: string, version: number): { value: T } | null {
    const entry = this.entries.get(entryKey(id, depsKey));
    return entry?.version === version && entry.settled ? (entry.settled as { value: T }) : null;
  }

  /** Drops everything: the workspace changed, or is about to. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

const entryKey = (id: string, depsKey: string) => `${id}\u0000${depsKey}`;
