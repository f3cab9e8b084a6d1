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

export interface StoredBatch {
  id: number;
  sourceFile: string;
  sheet: string | null;
  target: string;
  template: string | null;
  mapping: string | null;
  importedAt: string;
  counts: BatchCounts;
  undoneAt: string | null;
}

interface BatchDbRow extends Record<string, string | number | null> {
  id: number;
  source_file: string;
  sheet: string | null;
  target: string;
  template: string | null;
  mapping: string | null;
  imported_at: string;
  rows_read: number;
  rows_imported: number;
  rows_updated: number;
  rows_skipped: number;
  undone_at: string | null;
}

function toBatch(r: BatchDbRow): StoredBatch {
  return {
    id: r.id,
    sourceFile: r.source_file,
    sheet: r.sheet,
    target: r.target,
    template: r.template,
    mapping: r.mapping,
    importedAt: r.imported_at,
    counts: { read: r.rows_read, imported: r.rows_imported, updated: r.rows_updated, skipped: r.rows_skipped },
    undoneAt: r.undone_at,
  };
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

  /** Every batch, newest first. */
  list(): StoredBatch[] {
    return this.conn.all<BatchDbRow>('SELECT * FROM import_batch ORDER BY id DESC').map(toBatch);
  }

  get(id: number): StoredBatch | undefined {
    const row = this.conn.get<BatchDbRow>('SELECT * FROM import_batch WHERE id = ?', [id]);
    return row ? toBatch(row) : undefined;
  }

  /** Marks a batch undone (`at`) or, with null, applied again (redo). */
  setUndone(id: number, at: string | null): void {
    this.conn.run('UPDATE import_batch SET undone_at = ? WHERE id = ?', [at, id]);
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
