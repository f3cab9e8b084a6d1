import type { Connection } from '../../db/connection';
import type { GridViewInfo } from './types';

interface ViewDbRow extends Record<string, string | number> {
  id: number;
  grid_id: string;
  name: string;
  state: string;
  updated_at: string;
}

const toView = (r: ViewDbRow): GridViewInfo => ({
  id: r.id,
  gridId: r.grid_id,
  name: r.name,
  state: JSON.parse(r.state) as unknown,
  updatedAt: r.updated_at,
});

/** Saved grid views (column state, filters, grouping) per grid. */
export class GridViewRepository {
  constructor(private readonly conn: Connection) {}

  list(gridId: string): GridViewInfo[] {
    return this.conn.all<ViewDbRow>('SELECT * FROM grid_view WHERE grid_id = ? ORDER BY name', [gridId]).map(toView);
  }

  get(id: number): GridViewInfo | undefined {
    const row = this.conn.get<ViewDbRow>('SELECT * FROM grid_view WHERE id = ?', [id]);
    return row ? toView(row) : undefined;
  }

  byName(gridId: string, name: string): GridViewInfo | undefined {
    const row = this.conn.get<ViewDbRow>('SELECT * FROM grid_view WHERE grid_id = ? AND name = ?', [gridId, name]);
    return row ? toView(row) : undefined;
  }

  /** Writes a view; `id` keeps (or restores) its id. */
  put(view: GridViewInfo | (Omit<GridViewInfo, 'id'> & { id?: number })): number {
    this.conn.run(
      `INSERT INTO grid_view (id, grid_id, name, state, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET grid_id = excluded.grid_id, name = excluded.name, state = excluded.state, updated_at = excluded.updated_at`,
      [view.id ?? null, view.gridId, view.name, JSON.stringify(view.state), view.updatedAt],
    );
    return view.id ?? this.conn.lastInsertId();
  }

  delete(id: number): void {
    this.conn.run('DELETE FROM grid_view WHERE id = ?', [id]);
  }
}
