import type { Connection } from '../../db/connection';
import type { Row } from './programme-rows';

/** Every row of one programme as stored: what undo and redo put back. */
export interface ProgrammeImage {
  programme: Row;
  objectives: Row[];
  results: Row[];
  indicators: Row[];
  targets: Row[];
  /** Schema 11 on (an image kept by an older version has none). */
  parts?: Row[];
  actions: Row[];
}

/** A programme an import touched: its image before (null: the import created it) and after. */
export interface ImportImage {
  programmeId: number;
  before: ProgrammeImage | null;
  after: ProgrammeImage | null;
}

// Table and column names below are this file's own constants, never user input.
const IMAGE_TABLES: readonly [keyof Omit<ProgrammeImage, 'programme'>, string, string][] = [
  ['objectives', 'programme_objective', 'SELECT * FROM programme_objective WHERE programme_id = ? ORDER BY id'],
  [
    'results',
    'programme_result',
    'SELECT r.* FROM programme_result r JOIN programme_objective o ON o.id = r.objective_id WHERE o.programme_id = ? ORDER BY r.id',
  ],
  ['indicators', 'programme_indicator', 'SELECT * FROM programme_indicator WHERE programme_id = ? ORDER BY id'],
  [
    'targets',
    'programme_target',
    'SELECT t.* FROM programme_target t JOIN programme_indicator i ON i.id = t.indicator_id WHERE i.programme_id = ? ORDER BY t.indicator_id, t.period',
  ],
  [
    'parts',
    'programme_actual_part',
    `SELECT p.* FROM programme_actual_part p JOIN programme_indicator i ON i.id = p.indicator_id WHERE i.programme_id = ?
      ORDER BY p.indicator_id, p.period, p.dimension, p.part`,
  ],
  ['actions', 'programme_action', 'SELECT * FROM programme_action WHERE programme_id = ? ORDER BY id'],
];

/** Whole-programme images: taken before and after an edit or an import, put back by undo and redo. */
export class ProgrammeImageRepository {
  constructor(private readonly conn: Connection) {}

  /** The programme's rows as stored, or null when it does not exist. */
  image(programmeId: number): ProgrammeImage | null {
    const programme = this.conn.get('SELECT * FROM programme WHERE id = ?', [programmeId]);
    if (!programme) return null;
    const image: ProgrammeImage = { programme, objectives: [], results: [], indicators: [], targets: [], parts: [], actions: [] };
    for (const [key, , sql] of IMAGE_TABLES) image[key] = this.conn.all(sql, [programmeId]);
    return image;
  }

  /** Puts the programme back as the image has it (or removes it: null), with the same ids. */
  restore(programmeId: number, image: ProgrammeImage | null): void {
    this.conn.run('DELETE FROM programme WHERE id = ?', [programmeId]);
    if (!image) return;
    this.insertRaw('programme', image.programme);
    for (const [key, table] of IMAGE_TABLES) for (const row of image[key] ?? []) this.insertRaw(table, row);
  }

  private insertRaw(table: string, row: Row): void {
    const columns = Object.keys(row);
    this.conn.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      columns.map((c) => row[c] ?? null),
    );
  }

  /** Keeps what an import batch found and left of a programme. */
  recordImport(batchId: number, programmeId: number, before: ProgrammeImage | null, after: ProgrammeImage | null): void {
    this.conn.run('INSERT INTO import_programme_image (batch_id, programme_id, before, after) VALUES (?, ?, ?, ?)', [
      batchId,
      programmeId,
      before === null ? null : JSON.stringify(before),
      JSON.stringify(after),
    ]);
  }

  /** The programmes an import batch touched, as it found and left them. */
  imports(batchId: number): ImportImage[] {
    return this.conn
      .all<{ programme_id: number; before: string | null; after: string }>(
        'SELECT programme_id, before, after FROM import_programme_image WHERE batch_id = ? ORDER BY programme_id',
        [batchId],
      )
      .map((r) => ({
        programmeId: r.programme_id,
        before: r.before === null ? null : (JSON.parse(r.before) as ProgrammeImage),
        after: JSON.parse(r.after) as ProgrammeImage | null,
      }));
  }

  /** Later batches, not undone, that changed a programme this batch changed. */
  laterBatches(batchId: number): number[] {
    return this.conn
      .all<{ id: number }>(
        `SELECT DISTINCT l.batch_id AS id FROM import_programme_image l
           JOIN import_programme_image mine ON mine.programme_id = l.programme_id AND mine.batch_id = ?1
           JOIN import_batch b ON b.id = l.batch_id AND b.undone_at IS NULL
          WHERE l.batch_id > ?1 ORDER BY id`,
        [batchId],
      )
      .map((r) => r.id);
  }
}
