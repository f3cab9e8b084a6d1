import type { Connection } from '../db/connection';
import type { Classification, Sector } from '../domain/types';

export class ClassificationRepository {
  constructor(private readonly conn: Connection) {}

  insert(sectors: readonly Sector[]): void {
    this.conn.runMany(
      'INSERT INTO classification (scheme, code, name, parent_code) VALUES (?, ?, ?, ?)',
      sectors.map((s) => [s.classification, s.code, s.name, s.parentCode]),
    );
  }

  list(classification: Classification): Sector[] {
    return this.conn
      .all<{ code: string; name: string; parent_code: string | null }>(
        'SELECT code, name, parent_code FROM classification WHERE scheme = ? ORDER BY code',
        [classification],
      )
      .map((r) => ({ classification, code: r.code, name: r.name, parentCode: r.parent_code }));
  }
}
