import type { Connection } from '../db/connection';

/**
 * The source texts of indicator values (`value_source`, schema 14): each text stored once, a value
 * holds its id. Ids are not cached between calls: a rolled-back transaction takes a new text's row
 * with it, and a remembered id could then name another text.
 */
export class ValueSourceRepository {
  constructor(private readonly conn: Connection) {}

  /** The id of a source text, stored first when it is new. */
  idOf(text: string): number {
    this.conn.run('INSERT INTO value_source (text) VALUES (?) ON CONFLICT (text) DO NOTHING', [text]);
    const row = this.conn.get<{ id: number }>('SELECT id FROM value_source WHERE text = ?', [text]);
    if (!row) throw new Error(`value_source has no row for a text just stored: ${text}`);
    return row.id;
  }

  /** `idOf`, remembered for the duration of one write (many rows share a handful of texts). */
  lookup(): (text: string) => number {
    const ids = new Map<string, number>();
    return (text) => {
      let id = ids.get(text);
      if (id === undefined) {
        id = this.idOf(text);
        ids.set(text, id);
      }
      return id;
    };
  }
}
