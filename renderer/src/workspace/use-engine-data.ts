import { useEffect, useState } from 'react';
import type { Engine } from './workspace-controller';
import { useEngine, useWorkspace } from './workspace-context';

export interface EngineData<T> {
  data: T | undefined;
  error: unknown;
  /** True until the data matches the current workspace data and `deps`. */
  loading: boolean;
  /** The data version the current `data` belongs to; views use it to mark themselves ready. */
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
 * reports itself ready with stale data.
 */
export function useEngineData<T>(
  load: (engine: Engine) => Promise<T>,
  deps: readonly (string | number | boolean | null | undefined)[],
): EngineData<T> {
  const engine = useEngine();
  const { dataVersion, status } = useWorkspace();
  const active = status === 'ready' || status === 'loading';
  const key = JSON.stringify(deps);
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: null, version: -1, key: '' });

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    load(engine).then(
      (data) => !cancelled && setState({ data, error: null, version: dataVersion, key }),
      (error: unknown) => !cancelled && setState({ data: undefined, error, version: dataVersion, key }),
    );
    return () => {
      cancelled = true;
    };
    // `load` is a fresh closure on each render; what it reads is captured by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [engine, dataVersion, active, key]);

  const current = state.version === dataVersion && state.key === key;
  return { data: state.data, error: state.error, loading: !current, version: state.version };
}
