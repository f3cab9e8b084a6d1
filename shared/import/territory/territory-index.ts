import type { Connection } from '../../db/connection';
import { TerritoryRepository } from '../../repositories/territory-repository';
import { nameKey } from '../values/text';

export interface TerritoryEntry {
  code: number;
  name: string;
  stateCode: number;
  stateAbbr: string;
  key: string;
}

/** The workspace's municipalities and states, indexed every way agency files name them. */
export class TerritoryIndex {
  readonly municipalities = new Map<number, TerritoryEntry>();
  readonly bySix = new Map<number, TerritoryEntry>();
  readonly byName = new Map<string, TerritoryEntry[]>();
  readonly states = new Map<number, TerritoryEntry>();
  readonly stateByAbbr = new Map<string, TerritoryEntry>();
  readonly stateByName = new Map<string, TerritoryEntry>();

  constructor(municipalities: readonly Omit<TerritoryEntry, 'key'>[], states: readonly { code: number; abbr: string; name: string }[]) {
    for (const m of municipalities) {
      const entry = { ...m, key: nameKey(m.name) };
      this.municipalities.set(m.code, entry);
      this.bySix.set(Math.floor(m.code / 10), entry);
      const list = this.byName.get(entry.key);
      if (list) list.push(entry);
      else this.byName.set(entry.key, [entry]);
    }
    for (const s of states) {
      const entry = { code: s.code, name: s.name, stateCode: s.code, stateAbbr: s.abbr, key: nameKey(s.name) };
      this.states.set(s.code, entry);
      this.stateByAbbr.set(s.abbr.toUpperCase(), entry);
      this.stateByName.set(entry.key, entry);
    }
  }

  static load(conn: Connection): TerritoryIndex {
    const repo = new TerritoryRepository(conn);
    const municipalities = repo
      .listMunicipalities()
      .map((m) => ({ code: m.code, name: m.name, stateCode: m.stateCode, stateAbbr: m.stateAbbr }));
    return new TerritoryIndex(municipalities, repo.listStates());
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
