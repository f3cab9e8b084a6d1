/**
 * Lets code below the app shell (an undo message's "Mostrar") ask for an area by its name; the
 * shell opens it when it is one of its areas.
 */
const listeners = new Set<(area: string) => void>();

export function onAreaRequest(listener: (area: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function requestArea(area: string): void {
  for (const listener of listeners) listener(area);
}
