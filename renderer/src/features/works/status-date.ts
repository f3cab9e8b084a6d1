import { useSyncExternalStore } from 'react';

const today = (): string => new Date().toISOString().slice(0, 10);

let current = today();
const listeners = new Set<() => void>();

/**
 * The works' status date, shared by the works area (its date box, grid, charts) and the district
 * profile's works card, so both tell the same state of the works. Kept as typed (a date being typed
 * may not be one yet); `effectiveStatusDate` gives the date in force.
 */
export const worksStatusDate = {
  get: (): string => current,
  set: (next: string): void => {
    current = next;
    for (const l of listeners) l();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

/** The date as typed and its setter. */
export function useWorksStatusDate(): [string, (next: string) => void] {
  return [useSyncExternalStore(worksStatusDate.subscribe, worksStatusDate.get), worksStatusDate.set];
}

/** The date in force: the one typed when it is a date, today otherwise. */
export const effectiveStatusDate = (typed: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : today());
