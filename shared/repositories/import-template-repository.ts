import type { Connection } from '../db/connection';

export interface StoredTemplate {
  id: string;
  label: string;
  target: string;
  definition: string;
  createdAt: string;
  updatedAt: string;
}

/** Import templates the planner saved in this workspace (built-in ones live in the code). */
export class ImportTemplateRepository {
  constructor(private readonly conn: Connection) {}

  list(): StoredTemplate[] {
    return this.conn
      .all<{ id: string; label: string; target: string; definition: string; created_at: string; updated_at: string }>(
        'SELECT id, label, target, definition, created_at, updated_at FROM import_template ORDER BY label',
      )
      .map((r) => ({
        id: r.id,
        label: r.label,
        target: r.target,
        definition: r.definition,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }));
  }

  get(id: string): StoredTemplate | undefined {
    return this.list().find((t) => t.id === id);
  }

  save(t: { id: string; label: string; target: string; definition: string }, now: string): void {
    this.conn.run(
      `INSERT INTO import_template (id, label, target, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET label = excluded.label, target = excluded.target, definition = excluded.definition, updated_at = excluded.updated_at`,
      [t.id, t.label, t.target, t.definition, now, now],
    );
  }

  delete(id: string): boolean {
    return this.conn.run('DELETE FROM import_template WHERE id = ?', [id]) > 0;
  }
}
