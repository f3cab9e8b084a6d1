import { CLASSIFICATIONS, MEASURES, type Classification, type Measure } from '../../domain/types';
import type { EmploymentColumns, EmploymentReferences } from '../../repositories/import-write-repository';
import { heldValue, Interner, NumberColumn, type HeldValue } from './interner';
import { KeyIndex } from './number-set';

/** One employment value as the repositories take it (batch and provenance added at commit). */
export interface EmploymentRecord {
  territoryCode: number;
  classification: Classification;
  sectorCode: string;
  year: number;
  measure: Measure;
  value: number | null;
  missingReason: string | null;
  sourceRow: number;
}

/**
 * Employment values of one import, column by column in typed arrays (a million values take
 * ~30 MB instead of the ~150 MB of objects), with the file's duplicate keys caught as they come.
 */
export class EmploymentStore {
  private readonly territory = new NumberColumn((n) => new Int32Array(n));
  private readonly classification = new NumberColumn((n) => new Int32Array(n));
  private readonly sector = new NumberColumn((n) => new Int32Array(n));
  private readonly year = new NumberColumn((n) => new Int32Array(n));
  private readonly measure = new NumberColumn((n) => new Int32Array(n));
  private readonly value = new NumberColumn((n) => new Float64Array(n));
  private readonly reason = new NumberColumn((n) => new Int32Array(n));
  private readonly row = new NumberColumn((n) => new Int32Array(n));
  private readonly sectors = new Interner();
  private readonly reasons = new Interner(true);
  private readonly keys = new KeyIndex();
  length = 0;

  /**
   * 3 + 2 + 9 + 24 + 12 bits: exact in a double. In the order of the table's primary key
   * (classification, measure, year, territory, sector; schema 13), so that in key order the records
   * of one classification and measure come together (the writer binds those once per statement)
   * and append to the table's B-tree — but for a sector of a level not announced by `expectSectors`,
   * whose number is its order of arrival (`columns` puts a territory's sectors in code order).
   */
  private key(territory: number, classification: number, sector: number, year: number, measure: number): number {
    return (((classification * 4 + measure) * 512 + (year - 1900)) * 16_777_216 + territory) * 4096 + sector;
  }

  /**
   * Numbers a classification's sector codes in code order before any record uses them. A sector's
   * number is otherwise its order of arrival, so a file sorted by code within each territory gives
   * keys out of order wherever a territory has a code the earlier ones lacked (the all-Brazil CSV:
   * six sorted runs in the key index instead of two, each key searched in more of them, and the
   * sector runs sorted again for the write). Without room for all of them, nothing is numbered
   * ahead: the order is only a matter of speed.
   */
  expectSectors(codes: readonly string[]): void {
    if (this.sectors.size + codes.length > 4096) return;
    for (const code of [...codes].sort()) this.sectors.id(code);
  }

  /** Expects about `count` records (see KeyIndex.reserve). */
  reserve(count: number): void {
    this.keys.reserve(count);
    for (const column of [this.territory, this.classification, this.sector, this.year, this.measure, this.reason, this.row])
      column.reserve(count);
    this.value.reserve(count);
  }

  /** Adds a value; returns false (and stores nothing) when the file already gave this key. */
  add(r: EmploymentRecord): boolean {
    return this.addValue(
      r.territoryCode,
      CLASSIFICATIONS.indexOf(r.classification),
      r.sectorCode,
      r.year,
      MEASURES.indexOf(r.measure),
      r.value,
      r.missingReason,
      r.sourceRow,
    );
  }

  /**
   * `add` with the record's fields as they are, its classification and measure as their indexes in
   * CLASSIFICATIONS and MEASURES: what the converter calls for every value of a file, with no
   * object per record (issue 16).
   */
  addValue(
    territoryCode: number,
    classification: number,
    sectorCode: string,
    year: number,
    measure: number,
    value: number | null,
    missingReason: string | null,
    sourceRow: number,
  ): boolean {
    const s = this.sectors.id(sectorCode);
    if (s >= 4096) throw new Error('more than 4,096 sector codes in one import');
    const key = this.key(territoryCode, classification, s, year, measure);
    if (this.keys.add(key, this.length) !== -1) return false;
    const i = this.length++;
    this.territory.set(i, territoryCode);
    this.classification.set(i, classification);
    this.sector.set(i, s);
    this.year.set(i, year);
    this.measure.set(i, measure);
    this.value.set(i, value ?? Number.NaN);
    // '' is the reasons' first entry (index 0): no lookup for a value that is there.
    this.reason.set(i, missingReason === null ? 0 : this.reasons.id(missingReason));
    this.row.set(i, sourceRow);
    return true;
  }

  /**
   * Folds a row that repeats a key into the value already held, as the user chose: added up, averaged
   * (a running mean over the rows of the key) or replaced by the last row. A missing value (a
   * suppressed cell) counts as absent: combined with a number, the number stands. Returns false when
   * the key was not given before (nothing to combine with).
   */
  combine(r: EmploymentRecord, how: 'sum' | 'mean' | 'last'): boolean {
    const s = this.sectors.indexOf(r.sectorCode);
    if (s < 0) return false;
    const position = this.keys.get(
      this.key(r.territoryCode, CLASSIFICATIONS.indexOf(r.classification), s, r.year, MEASURES.indexOf(r.measure)),
    );
    if (position < 0) return false;
    const held = this.value.get(position);
    const next = r.value ?? Number.NaN;
    let value = next;
    if (how !== 'last' && Number.isNaN(next)) value = held;
    else if (how !== 'last' && !Number.isNaN(held)) {
      const n = this.combinedCounts.get(position) ?? 1;
      value = how === 'sum' ? held + next : (held * n + next) / (n + 1);
      this.combinedCounts.set(position, n + 1);
    }
    this.value.set(position, value);
    if (!Number.isNaN(value)) this.reason.set(position, this.reasons.id(''));
    else if (how === 'last') this.reason.set(position, this.reasons.id(r.missingReason ?? ''));
    if (how === 'last') this.row.set(position, r.sourceRow);
    this.combinedRows++;
    return true;
  }

  /** How many rows `combine` folded into values held before them. */
  combinedRows = 0;
  /** Rows already folded into each combined value (for the running mean). */
  private readonly combinedCounts = new Map<number, number>();

  /**
   * What the import holds for this key (to count what it would update, and how much of that is the
   * same value): its value (null: missing) and missing reason, or undefined when it holds none.
   */
  heldAt(territory: number, classification: string, sectorCode: string, year: number, measure: string): HeldValue | undefined {
    const c = (CLASSIFICATIONS as readonly string[]).indexOf(classification);
    const m = (MEASURES as readonly string[]).indexOf(measure);
    const s = this.sectors.indexOf(sectorCode);
    if (c < 0 || m < 0 || s < 0) return undefined;
    const position = this.keys.get(this.key(territory, c, s, year, m));
    return position < 0 ? undefined : this.held(position);
  }

  private held(i: number): HeldValue {
    return heldValue(this.value.get(i), this.reasons.get(this.reason.get(i)));
  }

  at(i: number): EmploymentRecord {
    return {
      territoryCode: this.territory.get(i),
      classification: CLASSIFICATIONS[this.classification.get(i)] ?? 'ibge-setor',
      sectorCode: this.sectors.get(this.sector.get(i)),
      year: this.year.get(i),
      measure: MEASURES[this.measure.get(i)] ?? 'jobs',
      ...this.held(i),
      sourceRow: this.row.get(i),
    };
  }

  /** The row that first gave the same key as `r` (for the duplicate message). */
  firstRowOf(r: EmploymentRecord): number | null {
    const s = this.sectors.indexOf(r.sectorCode);
    if (s < 0) return null;
    const position = this.keys.get(
      this.key(r.territoryCode, CLASSIFICATIONS.indexOf(r.classification), s, r.year, MEASURES.indexOf(r.measure)),
    );
    return position < 0 ? null : this.row.get(position);
  }

  years(): number[] {
    return this.scope().years;
  }

  /** The classifications, measures and years present: what a preview must compare with the workspace. */
  scope(): { classifications: Classification[]; measures: Measure[]; years: number[] } {
    const c = new Set<number>();
    const m = new Set<number>();
    const y = new Set<number>();
    for (let i = 0; i < this.length; i++) {
      c.add(this.classification.get(i));
      m.add(this.measure.get(i));
      y.add(this.year.get(i));
    }
    return {
      classifications: [...c].map((i) => CLASSIFICATIONS[i] ?? 'ibge-setor'),
      measures: [...m].map((i) => MEASURES[i] ?? 'jobs'),
      years: [...y].sort((a, b) => a - b),
    };
  }

  /** The records in primary-key order (see writeOrder). */
  *records(): IterableIterator<EmploymentRecord> {
    for (const i of this.writeOrder()) yield this.at(i);
  }

  /**
   * Positions in the table's primary-key order: key order, then each run of one level, year and
   * territory (a few dozen records) sorted by sector code, as SQLite compares them (ASCII codes:
   * JavaScript's order is the same).
   */
  private writeOrder(): Int32Array {
    const order = this.keys.positionsInKeyOrder();
    const codes = this.sectors.values;
    const rank = new Int32Array(codes.length);
    [...codes.keys()].sort((a, b) => ((codes[a] ?? '') < (codes[b] ?? '') ? -1 : 1)).forEach((id, r) => (rank[id] = r));
    const sameRun = (a: number, b: number): boolean =>
      this.territory.get(a) === this.territory.get(b) &&
      this.year.get(a) === this.year.get(b) &&
      this.measure.get(a) === this.measure.get(b) &&
      this.classification.get(a) === this.classification.get(b);
    const rankOf = (position: number): number => rank[this.sector.get(position)] ?? 0;
    for (let start = 0; start < order.length;) {
      let end = start + 1;
      let sorted = true;
      for (; end < order.length && sameRun(order[start] ?? 0, order[end] ?? 0); end++)
        if (rankOf(order[end - 1] ?? 0) > rankOf(order[end] ?? 0)) sorted = false;
      if (!sorted) order.subarray(start, end).sort((a, b) => rankOf(a) - rankOf(b));
      start = end;
    }
    return order;
  }

  /** The records in primary-key order, read column by column: what the bulk write takes, with no object per record. */
  columns(): EmploymentColumns {
    const order = this.writeOrder();
    const at = (i: number): number => order[i] ?? 0;
    return {
      length: order.length,
      territoryCode: (i) => this.territory.get(at(i)),
      classification: (i) => CLASSIFICATIONS[this.classification.get(at(i))] ?? 'ibge-setor',
      sectorCode: (i) => this.sectors.get(this.sector.get(at(i))),
      year: (i) => this.year.get(at(i)),
      measure: (i) => MEASURES[this.measure.get(at(i))] ?? 'jobs',
      value: (i) => {
        const value = this.value.get(at(i));
        return Number.isNaN(value) ? null : value;
      },
      missingReason: (i) => this.reasons.get(this.reason.get(at(i))) || null,
      sourceRow: (i) => this.row.get(at(i)),
    };
  }

  /** The territories and (classification, sector) pairs the records refer to, each once. */
  references(): EmploymentReferences {
    const territories = new Set<number>();
    const pairs = new Set<number>();
    for (let i = 0; i < this.length; i++) {
      territories.add(this.territory.get(i));
      pairs.add(this.classification.get(i) * 4096 + this.sector.get(i));
    }
    return {
      territories: [...territories],
      sectors: [...pairs].map((p) => ({
        classification: CLASSIFICATIONS[Math.floor(p / 4096)] ?? 'ibge-setor',
        code: this.sectors.get(p % 4096),
      })),
    };
  }
}
