import type { Connection } from '../../db/connection';
import { TerritoryRepository } from '../../repositories/territory-repository';
import { nameKey } from '../values/text';

export interface TerritoryEntry {
  code: number;
  name: string;
  stateCode: number;
  stateAbbr: string;
  /** The name as matching compares it (`nameKey`). */
  readonly key: string;
}

/**
 * A territory of the index. Its name key is worked out on first use: a file that names its
 * territories by code (the all-Brazil CSV: 5,570 municipalities) never needs one.
 */
class Entry implements TerritoryEntry {
  private cachedKey: string | undefined;

  constructor(
    readonly code: number,
    readonly name: string,
    readonly stateCode: number,
    readonly stateAbbr: string,
  ) {}

  get key(): string {
    return (this.cachedKey ??= nameKey(this.name));
  }
}

/** The workspace's municipalities and states, indexed every way agency files name them. */
export class TerritoryIndex {
  readonly municipalities = new Map<number, TerritoryEntry>();
  readonly bySix = new Map<number, TerritoryEntry>();
  readonly states = new Map<number, TerritoryEntry>();
  readonly stateByAbbr = new Map<string, TerritoryEntry>();
  readonly stateByName = new Map<string, TerritoryEntry>();
  private names: Map<string, TerritoryEntry[]> | undefined;

  constructor(municipalities: readonly Omit<TerritoryEntry, 'key'>[], states: readonly { code: number; abbr: string; name: string }[]) {
    for (const m of municipalities) {
      const entry = new Entry(m.code, m.name, m.stateCode, m.stateAbbr);
      this.municipalities.set(m.code, entry);
      this.bySix.set(Math.floor(m.code / 10), entry);
    }
    for (const s of states) {
      const entry = new Entry(s.code, s.name, s.code, s.abbr);
      this.states.set(s.code, entry);
      this.stateByAbbr.set(s.abbr.toUpperCase(), entry);
      this.stateByName.set(entry.key, entry);
    }
  }

  static load(conn: Connection): TerritoryIndex {
    const repo = new TerritoryRepository(conn);
    return new TerritoryIndex(repo.listMunicipalityNames(), repo.listStates());
  }

  /** Municipalities by name key (several share one: there are two "Santa Rita"), built on first use. */
  get byName(): ReadonlyMap<string, readonly TerritoryEntry[]> {
    if (!this.names) {
      this.names = new Map();
      for (const entry of this.municipalities.values()) {
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
