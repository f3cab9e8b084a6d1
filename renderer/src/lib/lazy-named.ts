import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A component loaded on first use (its own chunk). The renderer's modules export named components;
 * React.lazy wants a default export, so the name picks it.
 */
// React.lazy's own constraint is ComponentType<any>; the props type stays C's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyNamed<Name extends string, C extends ComponentType<any>>(
  load: () => Promise<Record<Name, C>>,
  name: Name,
): LazyExoticComponent<C> {
  return lazy(async () => ({ default: (await load())[name] }));
}
