import type { TerritoryCandidate, UnresolvedTerritory } from '../types';
import { parseTerritoryToken, type TerritoryToken } from '../values/ibge-code';
import { clip, nameKey } from '../values/text';
import { jaroWinkler } from './similarity';
import type { TerritoryEntry, TerritoryIndex } from './territory-index';

/** A code's row naming another place: the engine's English message, and its parts for the UI's words. */
export interface NameWarning {
  message: string;
  named: string;
  territory: string;
}

export type SubjectLevel = 'municipality' | 'state';

export type MatchOutcome =
  | { kind: 'matched'; code: number; stateCode: number; warning?: NameWarning }
  | { kind: 'skip' }
  | { kind: 'empty' }
  | { kind: 'unresolved'; key: string };

const MAX_CANDIDATES = 5;
const MIN_SCORE = 0.75;

interface Pending extends UnresolvedTerritory {
  searchKey: string;
  stateCode: number | null;
  /** The column its first row was read from (a row without its code is read by the name column). */
  column: number | null;
}

/**
 * Matches territory cells to workspace codes: 7- and 6-digit IBGE codes, a 5-digit municipal part
 * with the state, RAIS labels ("310620:MG-BELO HORIZONTE"), and names in any case, with or without
 * accents. A name that is unknown or shared by several municipalities (there are two "Santa Rita")
 * is never guessed: it is listed, with ranked candidates, until the user resolves it.
 */
export class TerritoryMatcher {
  private readonly cache = new Map<string, MatchOutcome>();
  private readonly pending = new Map<string, Pending>();
  private readonly stateCounts = new Map<number, number>();
  private last: { value: string | number; stateHint: string | number | null; nameHint: string | null; outcome: MatchOutcome } | null = null;

  constructor(
    private readonly index: TerritoryIndex,
    readonly level: SubjectLevel,
    private readonly resolutions: ReadonlyMap<string, number | null> = new Map(),
  ) {}

  match(
    value: string | number,
    stateHint: string | number | null,
    row: number,
    nameHint: string | null = null,
    column: number | null = null,
  ): MatchOutcome {
    // Files list a territory's rows together (one per sector, measure and year): most calls repeat
    // the previous one, and take its outcome without building the cache's key (issue 16).
    const last = this.last;
    let outcome: MatchOutcome;
    if (last !== null && last.value === value && last.stateHint === stateHint && last.nameHint === nameHint) {
      outcome = last.outcome;
      if (outcome.kind === 'unresolved') this.countPendingRow(outcome.key);
    } else {
      const cacheKey = `${value}|${stateHint ?? ''}|${nameHint ?? ''}`;
      const cached = this.cache.get(cacheKey);
      if (cached) {
        outcome = cached;
        if (outcome.kind === 'unresolved') this.countPendingRow(outcome.key);
      } else {
        outcome = this.resolve(value, stateHint, row, nameHint);
        this.cache.set(cacheKey, outcome);
        const pending = outcome.kind === 'unresolved' ? this.pending.get(outcome.key) : undefined;
        if (pending && pending.column === null) pending.column = column;
      }
      // A warning is said once, at the first row that carries it: later rows get the outcome without it.
      const later: MatchOutcome =
        outcome.kind === 'matched' && outcome.warning ? { kind: 'matched', code: outcome.code, stateCode: outcome.stateCode } : outcome;
      if (later !== outcome) this.cache.set(cacheKey, later);
      this.last = { value, stateHint, nameHint, outcome: later };
    }
    if (outcome.kind === 'matched') this.stateCounts.set(outcome.stateCode, (this.stateCounts.get(outcome.stateCode) ?? 0) + 1);
    return outcome;
  }

  /** The column an unresolved territory's first row was read from, when the caller said. */
  columnOf(key: string): number | null {
    return this.pending.get(key)?.column ?? null;
  }

  private countPendingRow(key: string): void {
    const p = this.pending.get(key);
    if (p) p.rows++;
  }

  /** The municipality of a code, for what the messages say. */
  placeOf(code: number): TerritoryEntry | undefined {
    return this.index.municipalities.get(code);
  }

  /** The state a state cell names (its code, abbreviation or name), or undefined when it names none. */
  stateNamed(hint: string | number): TerritoryEntry | undefined {
    return this.index.state(hint);
  }

  /** The municipalities called `name`, up to case, accents, spaces and punctuation (there are two "Santa Rita"). */
  municipalitiesNamed(name: string): readonly TerritoryEntry[] {
    const key = nameKey(name);
    return key === '' ? [] : (this.index.byName.get(key) ?? []);
  }

  private resolve(value: string | number, stateHint: string | number | null, row: number, nameHint: string | null): MatchOutcome {
    const token = parseTerritoryToken(value);
    if (token.kind === 'empty') return { kind: 'empty' };
    const hintState = this.index.state(stateHint);
    const found = this.level === 'state' ? this.findState(token) : this.findMunicipality(token, hintState?.code ?? null);
    if (found) {
      const named = token.kind === 'label' ? token.name : nameHint;
      return { kind: 'matched', code: found.code, stateCode: found.stateCode, warning: this.nameWarning(found, named) };
    }
    const text = typeof value === 'number' ? String(value) : value.trim();
    const state =
      token.kind === 'label' || token.kind === 'name' ? (token.state ?? hintState?.stateAbbr ?? null) : (hintState?.stateAbbr ?? null);
    const key = `${nameKey(text) || text}|${state ?? ''}`;
    if (this.resolutions.has(key)) {
      const code = this.resolutions.get(key);
      if (code === null || code === undefined) return { kind: 'skip' };
      const entry = this.level === 'state' ? this.index.states.get(code) : this.index.municipalities.get(code);
      if (entry) return { kind: 'matched', code: entry.code, stateCode: entry.stateCode };
    }
    if (!this.pending.has(key)) this.pending.set(key, this.describe(token, text, state, key, row));
    return { kind: 'unresolved', key };
  }

  private findMunicipality(token: TerritoryToken, hintState: number | null): TerritoryEntry | undefined {
    switch (token.kind) {
      case 'code7':
        return this.index.municipalities.get(token.code);
      case 'code6':
        return this.index.bySix.get(token.code);
      case 'code5':
        return hintState === null ? undefined : this.index.municipalities.get(hintState * 100_000 + token.suffix);
      case 'state-code':
        // A municipal part written as a number loses its zeros: "00015" becomes 15.
        return hintState === null ? undefined : this.index.municipalities.get(hintState * 100_000 + token.code);
      case 'label':
        return token.digits === 7 ? this.index.municipalities.get(token.code) : this.index.bySix.get(token.code);
      case 'name': {
        const same = this.index.byName.get(nameKey(token.name)) ?? [];
        const state = token.state ? this.index.state(token.state)?.code : hintState;
        const inState = state ? same.filter((m) => m.stateCode === state) : same;
        return inState.length === 1 ? inState[0] : undefined;
      }
      default:
        return undefined;
    }
  }

  private findState(token: TerritoryToken): TerritoryEntry | undefined {
    if (token.kind === 'state-code') return this.index.states.get(token.code);
    if (token.kind === 'name') return this.index.state(token.name);
    return undefined;
  }

  /** When a code's row also names the place and the names disagree, the code wins but the user is told. */
  private nameWarning(entry: TerritoryEntry, named: string | null): NameWarning | undefined {
    if (!named) return undefined;
    const key = nameKey(named);
    if (key === '' || key === entry.key || (key.length <= 80 && jaroWinkler(key, entry.key) >= 0.85)) return undefined;
    return {
      message: `code ${entry.code} is ${entry.name} (${entry.stateAbbr}) in the workspace, but the file names it "${clip(named, 60)}"`,
      named: clip(named, 60),
      territory: `${entry.name} (${entry.stateAbbr})`,
    };
  }

  private describe(token: TerritoryToken, text: string, state: string | null, key: string, row: number): Pending {
    const stateCode = state ? (this.index.state(state)?.code ?? null) : null;
    let searchKey = nameKey(text);
    let ambiguous = false;
    if (token.kind === 'name')
      ambiguous = (this.index.byName.get(nameKey(token.name)) ?? []).filter((m) => !stateCode || m.stateCode === stateCode).length > 1;
    if (token.kind === 'label') searchKey = nameKey(token.name);
    if (token.kind === 'code7' || token.kind === 'code6') searchKey = '';
    // No municipality name is longer than ~40 letters: a longer cell is not a name to rank against.
    if (searchKey.length > 80) searchKey = '';
    return {
      key,
      text: clip(text, 120),
      state,
      problem: ambiguous ? 'ambiguous' : 'unknown',
      rows: 1,
      firstRow: row,
      candidates: [],
      searchKey,
      stateCode,
      column: null,
    };
  }

  /**
   * Unresolved territories with candidates ranked by similarity, the file's main state first on ties.
   * A name given with its state (a state column, `--state`) gets that state's places only, unless the
   * state has nothing like it: the row may then be filed under the wrong state.
   */
  unresolved(): UnresolvedTerritory[] {
    const pool = this.level === 'state' ? [...this.index.states.values()] : [...this.index.municipalities.values()];
    const [mainState] = [...this.stateCounts].sort((a, b) => b[1] - a[1])[0] ?? [];
    return [...this.pending.values()].map(({ searchKey, stateCode, column: _column, ...u }) => {
      let candidates: TerritoryCandidate[] = [];
      if (searchKey) {
        const rank = (entries: readonly TerritoryEntry[]) =>
          entries
            .map((e) => ({ e, score: jaroWinkler(searchKey, e.key) + (e.stateCode === (stateCode ?? mainState) ? 0.02 : 0) }))
            .filter((c) => c.score >= MIN_SCORE);
        let ranked = rank(stateCode ? pool.filter((e) => e.stateCode === stateCode) : pool);
        if (ranked.length === 0 && stateCode && u.problem === 'unknown') ranked = rank(pool);
        candidates = ranked
          .sort((a, b) => b.score - a.score || a.e.name.localeCompare(b.e.name))
          .slice(0, u.problem === 'ambiguous' ? 30 : MAX_CANDIDATES)
          .map(({ e, score }) => ({
            code: e.code,
            name: e.name,
            stateAbbr: e.stateAbbr,
            score: Math.min(1, Math.round(score * 1000) / 1000),
          }));
      } else {
        const digits = Number(u.text.replace(/\D/g, ''));
        const near = this.index.bySix.get(u.text.length === 7 ? Math.floor(digits / 10) : digits);
        if (near) candidates = [{ code: near.code, name: near.name, stateAbbr: near.stateAbbr, score: 0.9 }];
      }
      return { ...u, candidates };
    });
  }

  get unresolvedCount(): number {
    return this.pending.size;
  }
}
