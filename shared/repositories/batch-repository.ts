import type { Connection } from '../db/connection';

export interface NewBatch {
  sourceFile: string;
  sheet?: string | null;
  target: string;
  template?: string | null;
  mapping?: string | null;
  importedAt: string;
}

export interface BatchCounts {
  read: number;
  imported: number;
  updated: number;
  skipped: number;
}

export class BatchRepository {
  constructor(private readonly conn: Connection) {}

  create(batch: NewBatch): number {
    this.conn.run('INSERT INTO import_batch (source_file, sheet, target, template, mapping, imported_at) VALUES (?, ?, ?, ?, ?, ?)', [
      batch.sourceFile,
      batch.sheet ?? null,
      batch.target,
      batch.template ?? null,
      batch.mapping ?? null,
      batch.importedAt,
    ]);
    return this.conn.lastInsertId();
  }

  recordCounts(id: number, counts: BatchCounts): void {
    this.conn.run('UPDATE import_batch SET rows_read = ?, rows_imported = ?, rows_updated = ?, rows_skipped = ? WHERE id = ?', [
      counts.read,
      counts.imported,
      counts.updated,
      counts.skipped,
      id,
    ]);
  }
}
