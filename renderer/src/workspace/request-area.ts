/**
 * Lets code below the app shell ask for an area by its name (an undo message's "Mostrar"), or for an
 * area on one district (the ranking's "Obras" and "Plano de atração" for a ranked district); the
 * shell opens it when it is one of its areas.
 */
const listeners = new Set<(area: string, siteId: number | null) => void>();

export function onAreaRequest(listener: (area: string, siteId: number | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function requestArea(area: string, siteId: number | null = null): void {
  for (const listener of listeners) listener(area, siteId);
}
