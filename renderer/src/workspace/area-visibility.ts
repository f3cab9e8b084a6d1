import { createContext, useContext } from 'react';

/**
 * Whether the area around a view is on screen. An area kept mounted while hidden (the dashboard,
 * issue 16: returning to it shows what it drew, without reloading and redrawing) provides `false`;
 * its views then keep their data and load again only once shown and only if the workspace changed.
 */
export const AreaVisibleContext = createContext(true);

export function useAreaVisible(): boolean {
  return useContext(AreaVisibleContext);
}
