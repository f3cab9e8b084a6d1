import { useSyncExternalStore } from 'react';
import { useWorkspace } from '../../workspace/workspace-context';
import { referenceDay } from '../../workspace/workspace-snapshot';

/** The date chosen in the works area; empty until one is (the workspace's day is then in force). */
let current = '';
const listeners = new Set<() => void>();

/**
 * The works' status date, shared by the works area (its date box, grid, charts) and the district
 * profile's works card, so both tell the same state of the works. Holds a whole date once one is
 * chosen; `effectiveStatusDate` gives the date in force.
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

/**
 * The date in force: the one chosen when it is a date, else the workspace's day — today, or the day
 * the demo describes (its works were planned and measured up to it; read a year later, every one
 * would look late).
 */
export const effectiveStatusDate = (chosen: string, referenceDay: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(chosen) ? chosen : referenceDay;

/** The status date in force and its setter. */
export function useStatusDate(): [string, (next: string) => void] {
  const chosen = useSyncExternalStore(worksStatusDate.subscribe, worksStatusDate.get);
  return [effectiveStatusDate(chosen, referenceDay(useWorkspace())), worksStatusDate.set];
}
