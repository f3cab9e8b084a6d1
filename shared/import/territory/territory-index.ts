import type { Connection } from '../../db/connection';
import { TerritoryRepository } from '../../repositories/territory-repository';
import { nameKey } from '../values/text';

export interface TerritoryEntry {
  readonly code: number;
  readonly name: string;
  readonly stateCode: number;
  readonly stateAbbr: string;
  /** The name as matching compares it (`nameKey`). */
  readonly key: string;
}

/**
 * A territory of the index. Its name (from the index's names, read once) and its name key are looked
 * up on first use: a file that names its territories by code (the all-Brazil CSV: 5,571
 * municipalities) never needs either.
 */
class Entry implements TerritoryEntry {
  private cachedKey: string | undefined;

  constructor(
    readonly code: number,
    readonly stateCode: number,
    readonly stateAbbr: string,
    private readonly nameOf: (code: number) => string,
  ) {}

  get name(): string {
    return this.nameOf(this.code);
  }

  get key(): string {
    return (this.cachedKey ??= nameKey(this.name));
  }
}

/** Binary order of two names, as SQLite's ORDER BY name gives it (no name leaves the BMP). */
const byNameOrder = (a: TerritoryEntry, b: TerritoryEntry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The workspace's municipalities and states, indexed every way agency files name them. */
export class TerritoryIndex {
  /** Municipalities by code, in code order. */
  readonly municipalities = new Map<number, TerritoryEntry>();
  readonly bySix = new Map<number, TerritoryEntry>();
  readonly states = new Map<number, TerritoryEntry>();
  readonly stateByAbbr = new Map<string, TerritoryEntry>();
  readonly stateByName = new Map<string, TerritoryEntry>();
  private names: Map<string, TerritoryEntry[]> | undefined;
  private municipalityNames: ReadonlyMap<number, string> | undefined;

  /**
   * `loadNames` gives every municipality's name by code; it is called once, the first time a name
   * is asked for. Matching by code reads codes and states only (issue 16: the index of an import's
   * start took 75-120 ms with every name in name order, 15-30 ms now).
   */
  constructor(
    municipalities: readonly { code: number; stateCode: number }[],
    states: readonly { code: number; abbr: string; name: string }[],
    private readonly loadNames: () => ReadonlyMap<number, string>,
  ) {
    for (const s of states) {
      const entry = new Entry(s.code, s.code, s.abbr, () => s.name);
      this.states.set(s.code, entry);
      this.stateByAbbr.set(s.abbr.toUpperCase(), entry);
      this.stateByName.set(entry.key, entry);
    }
    const nameOf = (code: number): string => (this.municipalityNames ??= this.loadNames()).get(code) ?? '';
    for (const m of municipalities) {
      const entry = new Entry(m.code, m.stateCode, this.states.get(m.stateCode)?.stateAbbr ?? '', nameOf);
      this.municipalities.set(m.code, entry);
      this.bySix.set(Math.floor(m.code / 10), entry);
    }
  }

  static load(conn: Connection): TerritoryIndex {
    const repo = new TerritoryRepository(conn);
    return new TerritoryIndex(repo.municipalityStates(), repo.listStates(), () => repo.municipalityNames());
  }

  /**
   * Municipalities by name key (several share one: there are two "Santa Rita"), each list in name
   * order, then code order; built on first use.
   */
  get byName(): ReadonlyMap<string, readonly TerritoryEntry[]> {
    if (!this.names) {
      this.names = new Map();
      for (const entry of [...this.municipalities.values()].sort(byNameOrder)) {
        const list = this.names.get(entry.key);
        if (list) list.push(entry);
        else this.names.set(entry.key, [entry]);
      }
    }
    return this.names;
  }

  /** A state from its code (31), abbreviation ("MG") or name ("Minas Gerais"). */
  state(hint: string | number | null | undefined): TerritoryEntry | undefined {
    if (hint === null || hint === undefined) return undefined;
    if (typeof hint === 'number') return this.states.get(hint);
    const text = hint.trim();
    if (/^\d{1,2}$/.test(text)) return this.states.get(Number(text));
    return this.stateByAbbr.get(text.toUpperCase()) ?? this.stateByName.get(nameKey(text));
  }
}
