import type { ActivityMatrix, ReferenceTotals } from './types';

export interface ActivityRecord {
  territoryCode: number;
  sectorCode: string;
  value: number | null;
}

/** Builds the dense matrix from long records; sectors keep the order given (or sorted codes). */
export function buildMatrix(records: Iterable<ActivityRecord>, sectors?: readonly string[]): ActivityMatrix {
  const list = Array.isArray(records) ? (records as readonly ActivityRecord[]) : [...records];
  const codes = new Set<number>();
  const seen = sectors ? null : new Set<string>();
  for (const r of list) {
    codes.add(r.territoryCode);
    seen?.add(r.sectorCode);
  }
  const sectorList = sectors ?? [...(seen ?? [])].sort();
  const territories = [...codes].sort((a, b) => a - b);
  const tIndex = new Map(territories.map((t, i) => [t, i]));
  const sIndex = new Map(sectorList.map((s, i) => [s, i]));
  const n = sectorList.length;
  const values = new Float64Array(territories.length * n);
  // Records mostly come territory by territory: its row is looked up once per run of them.
  let code = Number.NaN;
  let t: number | undefined;
  for (const r of list) {
    if (r.territoryCode !== code) {
      code = r.territoryCode;
      t = tIndex.get(code);
    }
    const s = sIndex.get(r.sectorCode);
    if (s === undefined || t === undefined || r.value === null) continue;
    values[t * n + s] = (values[t * n + s] ?? 0) + r.value;
  }
  return { territories, sectors: sectorList, values };
}

/**
 * Long records as columns: a national year (half a million values) without an object per value.
 * Row i is territory `territory[i]`, sector `codes[sector[i]]`, value `value[i]` (NaN: no value, as
 * a record's null). `codes` are the distinct sector codes in the order first met.
 */
export interface ActivityColumns {
  length: number;
  territory: Int32Array;
  sector: Int32Array;
  codes: readonly string[];
  value: Float64Array;
}

/** Collects rows into `ActivityColumns`, growing its arrays as rows come (the reader does not know how many). */
export class ActivityColumnsBuilder {
  private length = 0;
  private territory = new Int32Array(1024);
  private sector = new Int32Array(1024);
  private value = new Float64Array(1024);
  private readonly codes: string[] = [];
  private readonly codeIndex = new Map<string, number>();

  add(territoryCode: number, sectorCode: string, value: number | null): void {
    if (this.length === this.territory.length) this.grow();
    let s = this.codeIndex.get(sectorCode);
    if (s === undefined) {
      s = this.codes.push(sectorCode) - 1;
      this.codeIndex.set(sectorCode, s);
    }
    const i = this.length++;
    this.territory[i] = territoryCode;
    this.sector[i] = s;
    this.value[i] = value ?? Number.NaN;
  }

  private grow(): void {
    const size = this.territory.length * 2;
    const territory = new Int32Array(size);
    territory.set(this.territory);
    const sector = new Int32Array(size);
    sector.set(this.sector);
    const value = new Float64Array(size);
    value.set(this.value);
    this.territory = territory;
    this.sector = sector;
    this.value = value;
  }

  build(): ActivityColumns {
    const n = this.length;
    return {
      length: n,
      territory: this.territory.slice(0, n),
      sector: this.sector.slice(0, n),
      codes: this.codes,
      value: this.value.slice(0, n),
    };
  }
}

/** Records as columns, in the same order. */
export function columnsFromRecords(records: Iterable<ActivityRecord>): ActivityColumns {
  const builder = new ActivityColumnsBuilder();
  for (const r of records) builder.add(r.territoryCode, r.sectorCode, r.value);
  return builder.build();
}

/** `buildMatrix` of columns: the same matrix as of the records they hold (the same sums, in the same order). */
export function matrixFromColumns(c: ActivityColumns, sectors?: readonly string[]): ActivityMatrix {
  const codes = new Set<number>();
  for (let i = 0; i < c.length; i++) codes.add(c.territory[i] ?? 0);
  const sectorList = sectors ?? [...c.codes].sort();
  const territories = [...codes].sort((a, b) => a - b);
  const tIndex = new Map(territories.map((t, i) => [t, i]));
  const sIndex = new Map(sectorList.map((s, i) => [s, i]));
  // Each of the columns' codes → its matrix column (-1: not a column asked for).
  const column = Int32Array.from(c.codes, (code) => sIndex.get(code) ?? -1);
  const n = sectorList.length;
  const values = new Float64Array(territories.length * n);
  let code = Number.NaN;
  let t = -1;
  for (let i = 0; i < c.length; i++) {
    const territoryCode = c.territory[i] ?? 0;
    if (territoryCode !== code) {
      code = territoryCode;
      t = tIndex.get(code) ?? -1;
    }
    const s = column[c.sector[i] ?? 0] ?? -1;
    const v = c.value[i] ?? Number.NaN;
    if (s < 0 || t < 0 || Number.isNaN(v)) continue;
    values[t * n + s] = (values[t * n + s] ?? 0) + v;
  }
  return { territories, sectors: sectorList, values };
}

/** Row (territory) totals E_j. */
export function territoryTotals(m: ActivityMatrix): Float64Array {
  const n = m.sectors.length;
  const totals = new Float64Array(m.territories.length);
  for (let t = 0; t < m.territories.length; t++) {
    let sum = 0;
    for (let s = 0; s < n; s++) sum += m.values[t * n + s] ?? 0;
    totals[t] = sum;
  }
  return totals;
}

/** Reference totals as the sum of some rows of the matrix (all rows by default). */
export function referenceFromRows(m: ActivityMatrix, include: (territoryCode: number) => boolean = () => true): ReferenceTotals {
  const n = m.sectors.length;
  const bySector = new Float64Array(n);
  m.territories.forEach((code, t) => {
    if (!include(code)) return;
    for (let s = 0; s < n; s++) bySector[s] = (bySector[s] ?? 0) + (m.values[t * n + s] ?? 0);
  });
  return { bySector, total: bySector.reduce((a, b) => a + b, 0) };
}

/**
 * A custom territory (a set of municipalities) as a one-row matrix: its members' rows summed sector
 * by sector, under `code`, on the same sector columns. Members absent from the matrix add nothing;
 * `present` lists those that have a row, so a caller can tell "no data" from "zero jobs".
 */
export function aggregateRows(m: ActivityMatrix, members: Iterable<number>, code: number): { matrix: ActivityMatrix; present: number[] } {
  const n = m.sectors.length;
  const index = new Map(m.territories.map((t, i) => [t, i]));
  const values = new Float64Array(n);
  const present: number[] = [];
  for (const member of new Set(members)) {
    const t = index.get(member);
    if (t === undefined) continue;
    present.push(member);
    for (let s = 0; s < n; s++) values[s] = (values[s] ?? 0) + (m.values[t * n + s] ?? 0);
  }
  return { matrix: { territories: [code], sectors: m.sectors, values }, present: present.sort((a, b) => a - b) };
}

/**
 * Rolls records up a classification hierarchy (e.g. CNAE subclass → division): each code is
 * replaced by its ancestor at the target level, values summed.
 */
export function rollUp(records: Iterable<ActivityRecord>, ancestorOf: (code: string) => string | undefined): ActivityRecord[] {
  const sums = new Map<string, ActivityRecord>();
  for (const r of records) {
    const target = ancestorOf(r.sectorCode);
    if (target === undefined) continue;
    const key = `${r.territoryCode}|${target}`;
    const entry = sums.get(key);
    if (entry) entry.value = (entry.value ?? 0) + (r.value ?? 0);
    else sums.set(key, { territoryCode: r.territoryCode, sectorCode: target, value: r.value ?? 0 });
  }
  return [...sums.values()];
}
