import type { Connection } from '../db/connection';

/** The meta key of the day a demo workspace describes: the day it was built (its works, plans and prospects are dated from it). */
const DEMO_DAY = 'demo_day';

export class MetaRepository {
  constructor(private readonly conn: Connection) {}

  get(key: string): string | undefined {
    return this.conn.get<{ value: string }>('SELECT value FROM workspace_meta WHERE key = ?', [key])?.value;
  }

  /** The day a demo workspace describes (YYYY-MM-DD); undefined for any other workspace. */
  demoDay(): string | undefined {
    const day = this.get(DEMO_DAY);
    return day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
  }

  setDemoDay(day: string): void {
    this.set(DEMO_DAY, day);
  }

  clearDemoDay(): void {
    this.conn.run('DELETE FROM workspace_meta WHERE key = ?', [DEMO_DAY]);
  }

  set(key: string, value: string): void {
    this.conn.run('INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
      key,
      value,
    ]);
  }
}
