import type { Connection } from '../db/connection';

export class MetaRepository {
  constructor(private readonly conn: Connection) {}

  get(key: string): string | undefined {
    return this.conn.get<{ value: string }>('SELECT value FROM workspace_meta WHERE key = ?', [key])?.value;
  }

  set(key: string, value: string): void {
    this.conn.run('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
      key,
      value,
    ]);
  }
}
