import { useEffect, useRef, useState } from 'react';
import { useAreaVisible } from './area-visibility';
import type { EngineQuery } from './prefetched-data';
import type { Engine } from './workspace-controller';
import { useEngine, useWorkspace, useWorkspaceController } from './workspace-context';

export interface EngineData<T> {
  data: T | undefined;
  error: unknown;
  /** True until the data matches the current workspace data and `deps`. */
  loading: boolean;
  /** The data version the current `data` belongs to; views use it to mark themselves ready. */
  version: number;
}

/**
 * What a view already received for its current `deps` within a larger answer (the dashboard's first
 * map and chart come with its summary, issue 16), for the workspace data `version`: no request then.
 */
export interface Seed<T> {
  data: T;
  version: number;
}

interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  version: number;
  key: string;
}

/**
 * Loads data from the engine and reloads it whenever the workspace data changes (edit, undo, open)
 * or one of `deps` (primitives) changes. Late answers of superseded requests are dropped, and
 * `loading` stays true until the answer for the current version and deps is in — so a view never
 * reports itself ready with stale data. In an area kept mounted but hidden nothing loads: the view
 * keeps what it has, and loads once shown again only if the workspace or `deps` changed meanwhile.
 * With `prefetched`, a load takes what the app asked ahead, or a view asked before, under that id and
 * the same deps for the same data version (the areas' first data, issue 16, and an area opened again;
 * see PrefetchedData), and keeps its own answer for the next view that asks the same.
 */
export function useEngineData<T>(
  load: (engine: Engine) => Promise<T>,
  deps: readonly (string | number | boolean | null | undefined)[],
  seed?: Seed<T> | null,
  prefetched?: string,
): EngineData<T> {
  const engine = useEngine();
  const ahead = useWorkspaceController().prefetched;
  const { dataVersion, status } = useWorkspace();
  const active = status === 'ready' || status === 'loading';
  const key = JSON.stringify(deps);
  const visible = useAreaVisible();
  // An answer already kept for this query (prefetched, or a previous visit's) is the first state: the first render draws the data.
  const [state, setState] = useState<Loaded<T>>(() => {
    const ready = prefetched && active && visible ? ahead.peek<T>(prefetched, key, dataVersion) : null;
    return ready ? { data: ready.value, error: null, version: dataVersion, key } : { data: undefined, error: null, version: -1, key: '' };
  });
  // An answer the caller already has for the current workspace data stands for this one's.
  const seeded = seed && seed.version === dataVersion ? seed : null;
  // What was last asked for: shown again unchanged, a hidden area does not ask again.
  const asked = useRef<{ engine: Engine; version: number; key: string } | null>(null);
  // The first state came from an answer kept for this query (asked ahead, or by a view before): nothing to ask.
  const firstFromPrefetch = useRef(state.version >= 0);

  useEffect(() => {
    if (!active || !visible) return;
    if (firstFromPrefetch.current) {
      firstFromPrefetch.current = false;
      if (prefetched && state.version === dataVersion && state.key === key) {
        asked.current = { engine, version: dataVersion, key };
        return;
      }
    }
    const last = asked.current;
    if (last && last.engine === engine && last.version === dataVersion && last.key === key) return;
    if (seeded) return;
    asked.current = { engine, version: dataVersion, key };
    let cancelled = false;
    let answered = false;
    const settle = (next: Loaded<T>) => {
      answered = true;
      if (!cancelled) setState(next);
    };
    const answer = prefetched ? ahead.ask(prefetched, key, dataVersion, () => load(engine)) : load(engine);
    answer.then(
      (data) => settle({ data, error: null, version: dataVersion, key }),
      (error: unknown) => settle({ data: undefined, error, version: dataVersion, key }),
    );
    return () => {
      cancelled = true;
      // A request dropped before its answer (hidden meanwhile) is asked again when shown.
      if (!answered) asked.current = null;
    };
    // `load` is a fresh closure on each render; what it reads is captured by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, dataVersion, active, key, visible, seeded !== null]);

  const current = state.version === dataVersion && state.key === key;
  if (!current && seeded) return { data: seeded.data, error: null, loading: false, version: dataVersion };
  return { data: state.data, error: state.error, loading: !current, version: state.version };
}

/** Loads a named query (see EngineQuery): what the app prefetched for it is taken on the first load. */
export function useEngineQuery<T>(query: EngineQuery<T>): EngineData<T> {
  return useEngineData(query.load, query.deps, null, query.id);
}
