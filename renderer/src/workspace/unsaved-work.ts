/**
 * Work held only in a view (a scenario's unsaved draft) that the workspace's own dirty flag does
 * not know about: leaving the page asks first while any is registered.
 */
const unsaved = new Set<string>();

export function markUnsaved(key: string, isUnsaved: boolean): void {
  if (isUnsaved) unsaved.add(key);
  else unsaved.delete(key);
}

export function hasUnsavedWork(): boolean {
  return unsaved.size > 0;
}

/** On closing or opening another workspace, drafts of this one mean nothing. */
export function clearUnsavedWork(): void {
  unsaved.clear();
}
