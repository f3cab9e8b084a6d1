import type { Connection } from '../db/connection';

export interface IndicatorDefinition {
  code: string;
  namePt: string;
  nameEn: string;
  nameEs: string;
  unit: string;
  direction: 'higher-better' | 'lower-better' | 'neutral';
  category: string;
  description: string;
  source: string;
}

/** A definition with the bounds of entered values (the columns schema 4 added). */
export interface IndicatorEntry extends IndicatorDefinition {
  valueMin: number | null;
  valueMax: number | null;
  wholeNumbers: boolean;
}

interface IndicatorDbRow extends Record<string, string | number | null> {
  code: string;
  name_pt: string;
  name_en: string;
  name_es: string;
  unit: string;
  direction: IndicatorDefinition['direction'];
  category: string;
  description: string;
  source: string;
  value_min: number | null;
  value_max: number | null;
  whole_numbers: number;
}

function toEntry(r: IndicatorDbRow): IndicatorEntry {
  return {
    code: r.code,
    namePt: r.name_pt,
    nameEn: r.name_en,
    nameEs: r.name_es,
    unit: r.unit,
    direction: r.direction,
    category: r.category,
    description: r.description,
    source: r.source,
    valueMin: r.value_min,
    valueMax: r.value_max,
    wholeNumbers: r.whole_numbers === 1,
  };
}

/** A definition's columns after its code, in the order insert and update name them. */
function entryValues(d: IndicatorEntry): (string | number | null)[] {
  return [
    d.namePt,
    d.nameEn,
    d.nameEs,
    d.unit,
    d.direction,
    d.category,
    d.description,
    d.source,
    d.valueMin,
    d.valueMax,
    d.wholeNumbers ? 1 : 0,
  ];
}

/** The indicator catalogue (the `indicator` table): definitions, their names and bounds. Values: IndicatorValueRepository. */
export class IndicatorRepository {
  constructor(private readonly conn: Connection) {}

  upsertDefinition(d: IndicatorDefinition): void {
    this.conn.run(
      `INSERT INTO indicator (code, name_pt, name_en, name_es, unit, direction, category, description, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET name_pt = excluded.name_pt, name_en = excluded.name_en,
         name_es = excluded.name_es, unit = excluded.unit, direction = excluded.direction,
         category = excluded.category, description = excluded.description, source = excluded.source`,
      [d.code, d.namePt, d.nameEn, d.nameEs, d.unit, d.direction, d.category, d.description, d.source],
    );
  }

  list(): IndicatorEntry[] {
    return this.conn.all<IndicatorDbRow>('SELECT * FROM indicator ORDER BY category, code').map(toEntry);
  }

  get(code: string): IndicatorEntry | undefined {
    const row = this.conn.get<IndicatorDbRow>('SELECT * FROM indicator WHERE code = ?', [code]);
    return row ? toEntry(row) : undefined;
  }

  insert(d: IndicatorEntry): void {
    this.conn.run(
      `INSERT INTO indicator (code, name_pt, name_en, name_es, unit, direction, category, description, source, value_min, value_max, whole_numbers)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [d.code, ...entryValues(d)],
    );
  }

  update(d: IndicatorEntry): void {
    this.conn.run(
      `UPDATE indicator SET name_pt = ?, name_en = ?, name_es = ?, unit = ?, direction = ?, category = ?, description = ?,
              source = ?, value_min = ?, value_max = ?, whole_numbers = ? WHERE code = ?`,
      [...entryValues(d), d.code],
    );
  }

  delete(code: string): void {
    this.conn.run('DELETE FROM indicator WHERE code = ?', [code]);
  }
}
