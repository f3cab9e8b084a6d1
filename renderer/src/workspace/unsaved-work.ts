/**
 * Work held only in a view (a scenario's unsaved draft) that the workspace's own dirty flag does
 * not know about: leaving the page or closing the desktop window asks first while any is registered.
 * Each entry carries what the planner would call it (the scenario's name), so the desktop's close
 * box can say which drafts would be lost.
 */
const unsaved = new Map<string, string>();
const listeners = new Set<() => void>();
let names: readonly string[] = [];
let notifying = false;

/**
 * Listeners hear of a change after the current task: a draft is marked while its view renders, and
 * a listener's state update there would update another component during that render.
 */
function changed(): void {
  if (notifying) return;
  notifying = true;
  queueMicrotask(() => {
    notifying = false;
    names = [...unsaved.values()];
    for (const listener of listeners) listener();
  });
}

export function markUnsaved(key: string, isUnsaved: boolean, name = ''): void {
  if (isUnsaved) {
    if (unsaved.get(key) === name) return;
    unsaved.set(key, name);
  } else if (!unsaved.delete(key)) return;
  changed();
}

export function hasUnsavedWork(): boolean {
  return unsaved.size > 0;
}

/** The names of the unsaved drafts as last announced (a stable array between changes, for useSyncExternalStore). */
export function unsavedWorkNames(): readonly string[] {
  return names;
}

export function subscribeUnsavedWork(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** On closing or opening another workspace, drafts of this one mean nothing. */
export function clearUnsavedWork(): void {
  if (unsaved.size === 0) return;
  unsaved.clear();
  changed();
}
