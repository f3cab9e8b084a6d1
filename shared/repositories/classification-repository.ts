import type { Connection } from '../db/connection';
import { UNCLASSIFIED_NAME, UNCLASSIFIED_SECTOR } from '../domain/cnae-levels';
import { CLASSIFICATIONS, type Classification, type Sector } from '../domain/types';

export class ClassificationRepository {
  constructor(private readonly conn: Connection) {}

  insert(sectors: readonly Sector[]): void {
    this.conn.runMany(
      'INSERT INTO classification (scheme, code, name, parent_code) VALUES (?, ?, ?, ?)',
      sectors.map((s) => [s.classification, s.code, s.name, s.parentCode]),
    );
  }

  /** "Não classificado" in every scheme (once): the sector of codes the review mapped to it. */
  ensureUnclassified(): void {
    this.conn.runMany(
      'INSERT OR IGNORE INTO classification (scheme, code, name, parent_code) VALUES (?, ?, ?, NULL)',
      CLASSIFICATIONS.map((scheme) => [scheme, UNCLASSIFIED_SECTOR, UNCLASSIFIED_NAME]),
    );
  }

  /** Removes "não classificado" from every scheme where no value or site uses it any more (after an undo). */
  dropUnusedUnclassified(): number {
    return this.conn.run(
      `DELETE FROM classification AS c
        WHERE c.code = ?
          AND NOT EXISTS (SELECT 1 FROM employment e WHERE e.classification = c.scheme AND e.sector_code = c.code)
          AND NOT EXISTS (SELECT 1 FROM site_sector s WHERE s.classification = c.scheme AND s.sector_code = c.code)`,
      [UNCLASSIFIED_SECTOR],
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

  /** Every CNAE 2.x code of the workspace from division to subclass, as stored (digits only). */
  cnaeCodes(): Set<string> {
    const rows = this.conn.all<{ code: string }>(
      "SELECT code FROM classification WHERE scheme IN ('cnae-division', 'cnae-group', 'cnae-class', 'cnae-subclass')",
    );
    return new Set(rows.map((r) => r.code));
  }
}
