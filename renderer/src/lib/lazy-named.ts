import { createElement, use, type ComponentProps, type ComponentType, type ReactElement } from 'react';

/** A component loaded on first use (its own chunk), which can also be fetched ahead of use. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface LazyComponent<C extends ComponentType<any>> {
  (props: ComponentProps<C>): ReactElement;
  /** Fetches and evaluates the chunk now; a later render then draws at once, without suspending. */
  preload(): Promise<unknown>;
  /** Whether the chunk is in: a render now draws at once. */
  loaded(): boolean;
}

/**
 * A component loaded on first use (its own chunk). The renderer's modules export named components;
 * the name picks it. Unlike React.lazy, a component preloaded (or drawn once) renders synchronously:
 * React.lazy suspends on its first render even when the chunk is already there, and React holds a
 * revealed fallback for up to 300 ms — the whole budget of an area switch (issue 16).
 */
// The loaded component's props type stays C's; `any` is what a component of any props needs here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyNamed<Name extends string, C extends ComponentType<any>>(
  load: () => Promise<Record<Name, C>>,
  name: Name,
): LazyComponent<C> {
  let loaded: C | null = null;
  let loading: Promise<C> | null = null;
  const preload = (): Promise<C> =>
    (loading ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        loading = null; // a later render or preload tries again
        throw error;
      },
    ));
  function LazyNamed(props: ComponentProps<C>): ReactElement {
    // `use` suspends on the cached promise until the chunk is in (errors reach the error boundary).
    const component = loaded ?? use(preload());
    return createElement(component, props);
  }
  return Object.assign(LazyNamed, { preload, loaded: () => loaded !== null });
}

let preloading = false;

/**
 * Runs preload tasks one at a time, each when the page is idle (once per page; no deadline, so not
 * while the first screen still draws): areas' chunks download and evaluate, and their first data is
 * asked, without delaying what the user is doing. A task that fails is left for its area to retry.
 * `done` runs once every task settled.
 */
export function preloadWhenIdle(tasks: readonly (() => Promise<unknown>)[], done: () => void = () => undefined): void {
  if (preloading) return;
  preloading = true;
  const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 200));
  const next = (index: number) => {
    const task = tasks[index];
    if (!task) {
      done();
      return;
    }
    idle(() => {
      // A chunk that fails now is fetched again when its area opens (and reports there).
      void task()
        .catch(() => undefined)
        .finally(() => next(index + 1));
    });
  };
  next(0);
}
