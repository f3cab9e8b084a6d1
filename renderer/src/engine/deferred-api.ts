/**
 * An object whose every method waits for `target` to be ready, then calls it. Lets the worker
 * answer messages from its first moment while sql.js is still loading.
 */
export function deferredApi<T extends object>(target: Promise<T>): T {
  return new Proxy({} as T, {
    get(_, property) {
      if (typeof property !== 'string' || property === 'then') return undefined;
      return async (...args: unknown[]) => {
        const ready = await target;
        const method = (ready as Record<string, unknown>)[property];
        if (typeof method !== 'function') throw new TypeError(`The engine has no method "${property}".`);
        return (method as (...a: unknown[]) => unknown).apply(ready, args);
      };
    },
  });
}
