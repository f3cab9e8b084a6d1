import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { createRoot } from 'react-dom/client';
import { STYLE_NONCE } from '../../lib/style-nonce';
import { GRID_THEMES } from './grid-setup';

interface KeeperRow {
  name: string;
  value: number;
}

const ROWS: KeeperRow[] = [
  { name: 'a', value: 1 },
  { name: 'b', value: 2 },
];
const COLUMNS: ColDef<KeeperRow>[] = [
  { field: 'name', sortable: true, filter: true },
  { field: 'value', type: 'rightAligned', sortable: true, filter: true, valueFormatter: (p) => String(p.value) },
];

let kept: Promise<void> | null = null;

/**
 * One tiny grid, off screen and invisible, kept for the whole session (issue 16). AG Grid 36 injects
 * its theme's CSS (core, modules, the theme's parameters) when a grid is created and removes its
 * bookkeeping when the last grid goes: without a grid alive, every area switch to a grid area
 * injected the whole theme again (new <style> elements, a style pass over the page), and the first
 * grid of the session also ran AG Grid's code for the first time. Made while the page is idle after
 * the first screen, it takes both off the first open of an area (the planner never sees it: it is
 * hidden from view, from the mouse and from assistive technology). Resolves once its rows are drawn.
 */
export function keepGridWarm(scheme: 'light' | 'dark'): Promise<void> {
  kept ??= new Promise<void>((resolve) => {
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.inert = true;
    host.dataset.testid = 'grid-keeper';
    Object.assign(host.style, {
      position: 'fixed',
      left: '-10000px',
      top: '0',
      width: '320px',
      height: '160px',
      visibility: 'hidden',
      pointerEvents: 'none',
    });
    document.body.append(host);
    createRoot(host).render(
      <AgGridReact<KeeperRow>
        theme={GRID_THEMES[scheme]}
        styleNonce={STYLE_NONCE}
        rowData={ROWS}
        columnDefs={COLUMNS}
        animateRows={false}
        onFirstDataRendered={() => resolve()}
      />,
    );
  });
  return kept;
}
