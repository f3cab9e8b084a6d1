import type { EconomyQuery, EconomySubject, ReferenceSpec } from '../../../../shared/features/economy/types';
import { rollsUpTo } from '../../../../shared/domain/cnae-levels';
import {
  CLASSIFICATIONS,
  MEASURES,
  type Classification,
  type Measure,
  type Municipality,
  type Site,
} from '../../../../shared/domain/types';

/** Betim (MG): the demo's showcase territory, the default when the workspace has it. */
export const DEFAULT_TERRITORY = 3106705;

/** The territory's state, the whole country, or a saved set of territories ("set:<id>"). */
export type ReferenceKind = 'state' | 'country' | `set:${number}`;

/** What the user picked; each pick is kept while the data still offers it. */
export interface EconomyPicks {
  territory: string | null;
  classification: Classification | null;
  measure: Measure;
  reference: ReferenceKind;
  year: number | null;
  from: number | null;
}

export const INITIAL_PICKS: EconomyPicks = {
  territory: null,
  classification: null,
  measure: 'jobs',
  reference: 'state',
  year: null,
  from: null,
};

export interface EconomyBase {
  municipalities: readonly Municipality[];
  sites: readonly Site[];
  /** Saved territory sets (a Rota pole, a development territory): custom territories to analyse, or reference regions. */
  sets: readonly { id: number; name: string; members: readonly number[] }[];
  /** Years with data stored at each level, per measure. */
  storedYears: StoredYears;
}

/** A workspace with nothing in it yet: the controls still render, the analyses say why they are empty. */
export const EMPTY_BASE: EconomyBase = {
  municipalities: [],
  sites: [],
  sets: [],
  storedYears: {},
};

export interface EconomySelection {
  /** The option picked in the territory select: "m:<IBGE code>", "s:<site id>" or "t:<territory set id>". */
  territoryValue: string | null;
  /** What the analyses are about: a municipality, or a custom territory (its members summed). */
  subject: EconomySubject | null;
  /** The municipality under study; null for a custom territory. */
  territoryCode: number | null;
  /** The municipality's or the custom territory's name. */
  territoryName: string;
  /** The municipalities the subject is made of: the municipality itself, or the set's members. */
  members: readonly number[];
  /** The district or pole the user reached the municipality through, if any. */
  siteName: string | null;
  stateAbbr: string;
  /** Levels the analyses can run at: stored, or rolled up from a finer CNAE level. */
  classifications: { value: Classification; years: number[] }[];
  classification: Classification | null;
  /** Every measure, and whether the workspace has values of it at some level (the others are offered disabled). */
  measures: { value: Measure; hasData: boolean }[];
  measure: Measure;
  referenceKind: ReferenceKind;
  reference: ReferenceSpec;
  years: number[];
  year: number | null;
  /** Start years for shift-share and growth: those before `year`. */
  fromYears: number[];
  from: number | null;
}

/** Years with values stored at each level, per measure (levels and measures without data left out). */
export type StoredYears = Readonly<Partial<Record<Measure, Readonly<Partial<Record<Classification, readonly number[]>>>>>>;

/** Groups the workspace's stored (classification, measure, year) triples by measure and level. */
export function storedYears(triples: readonly { classification: Classification; measure: Measure; year: number }[]): StoredYears {
  const out: Partial<Record<Measure, Partial<Record<Classification, number[]>>>> = {};
  for (const { classification, measure, year } of triples) ((out[measure] ??= {})[classification] ??= []).push(year);
  return out;
}

/**
 * The levels a measure can be analysed at, with their years: stored there, or rolled up from a finer
 * CNAE level (and from CNAE sections to the IBGE sectors).
 */
export function availableClassifications(years: StoredYears, measure: Measure): { value: Classification; years: number[] }[] {
  const stored = years[measure] ?? {};
  return CLASSIFICATIONS.map((value) => {
    const all = new Set(CLASSIFICATIONS.filter((level) => rollsUpTo(level, value)).flatMap((level) => stored[level] ?? []));
    return { value, years: [...all].sort((a, b) => a - b) };
  }).filter((c) => c.years.length > 0);
}

export function municipalityValue(code: number): string {
  return `m:${code}`;
}

export function siteValue(id: number): string {
  return `s:${id}`;
}

export function territorySetValue(id: number): string {
  return `t:${id}`;
}

interface ResolvedTerritory {
  value: string;
  subject: EconomySubject;
  name: string;
  members: readonly number[];
  siteName: string | null;
  stateAbbr: string;
}

/** The state most of the members are in (the reference "state" of a custom territory); null when none is known. */
function mainState(members: readonly number[], byCode: ReadonlyMap<number, Municipality>): string | null {
  const counts = new Map<string, number>();
  for (const code of members) {
    const abbr = byCode.get(code)?.stateAbbr;
    if (abbr) counts.set(abbr, (counts.get(abbr) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function resolveTerritory(base: EconomyBase, picked: string | null): ResolvedTerritory | null {
  const byCode = new Map(base.municipalities.map((m) => [m.code, m]));
  const fromValue = (value: string | null): ResolvedTerritory | null => {
    if (!value) return null;
    const [kind, id] = [value.slice(0, 2), Number(value.slice(2))];
    const municipality = (m: Municipality, siteName: string | null): ResolvedTerritory => ({
      value,
      subject: { kind: 'municipality', code: m.code },
      name: m.name,
      members: [m.code],
      siteName,
      stateAbbr: m.stateAbbr,
    });
    if (kind === 'm:') {
      const m = byCode.get(id);
      return m ? municipality(m, null) : null;
    }
    if (kind === 't:') {
      const set = base.sets.find((s) => s.id === id);
      return set
        ? {
            value,
            subject: { kind: 'territory-set', id: set.id },
            name: set.name,
            members: set.members,
            siteName: null,
            stateAbbr: mainState(set.members, byCode) ?? 'MG',
          }
        : null;
    }
    const site = base.sites.find((s) => s.id === id);
    const m = site?.municipalityCode != null ? byCode.get(site.municipalityCode) : undefined;
    return site && m ? municipality(m, site.name) : null;
  };
  const firstSite = base.sites.find((s) => s.municipalityCode !== null && byCode.has(s.municipalityCode));
  const first = base.municipalities[0];
  return (
    fromValue(picked) ??
    fromValue(byCode.has(DEFAULT_TERRITORY) ? municipalityValue(DEFAULT_TERRITORY) : null) ??
    fromValue(firstSite?.municipalityCode != null ? municipalityValue(firstSite.municipalityCode) : null) ??
    fromValue(first ? municipalityValue(first.code) : null)
  );
}

/**
 * What the analyses run on: the user's picks where the data has them, sensible defaults elsewhere
 * (the latest year, the year before it as the start, the territory's state as the reference).
 */
export function resolveSelection(base: EconomyBase, picks: EconomyPicks): EconomySelection {
  const territory = resolveTerritory(base, picks.territory);
  const measures = MEASURES.map((value) => ({ value, hasData: availableClassifications(base.storedYears, value).length > 0 }));
  // A measure without data falls back to one with data: the analyses had nothing to show, and the
  // area said "no economic activity data", its controls gone with the way back (an audit, 2026-12-05).
  const measure = measures.some((m) => m.value === picks.measure && m.hasData)
    ? picks.measure
    : (measures.find((m) => m.hasData)?.value ?? picks.measure);
  const classifications = availableClassifications(base.storedYears, measure);
  const level = classifications.find((c) => c.value === picks.classification) ?? classifications[0] ?? null;
  const years = level?.years ?? [];
  const latest = years.length > 0 ? years[years.length - 1] : undefined;
  const year = picks.year !== null && years.includes(picks.year) ? picks.year : (latest ?? null);
  const fromYears = year === null ? [] : years.filter((y) => y < year);
  const lastFrom = fromYears.length > 0 ? fromYears[fromYears.length - 1] : undefined;
  const from = picks.from !== null && fromYears.includes(picks.from) ? picks.from : (lastFrom ?? null);
  const stateAbbr = territory?.stateAbbr ?? 'MG';
  // A set deleted since it was picked falls back to the state.
  const set = picks.reference.startsWith('set:') ? base.sets.find((s) => `set:${s.id}` === picks.reference) : undefined;
  const referenceKind: ReferenceKind = set || !picks.reference.startsWith('set:') ? picks.reference : 'state';
  const subject = territory?.subject ?? null;
  return {
    territoryValue: territory?.value ?? null,
    subject,
    territoryCode: subject?.kind === 'municipality' ? subject.code : null,
    territoryName: territory?.name ?? '',
    members: territory?.members ?? [],
    siteName: territory?.siteName ?? null,
    stateAbbr,
    classifications,
    classification: level?.value ?? null,
    measures,
    measure,
    referenceKind,
    reference: set
      ? { kind: 'set', name: set.name }
      : referenceKind === 'country'
        ? { kind: 'country' }
        : { kind: 'state', abbr: stateAbbr },
    years,
    year,
    fromYears,
    from,
  };
}

/** The code the engine's rows of the subject carry: the municipality's IBGE code, or the set's id. */
export function subjectRowCode(subject: EconomySubject): number {
  return subject.kind === 'municipality' ? subject.code : subject.id;
}

/** The engine query of a selection; null while there is nothing to analyse. */
export function economyQuery(selection: EconomySelection): EconomyQuery | null {
  if (selection.classification === null) return null;
  return { classification: selection.classification, measure: selection.measure, reference: selection.reference };
}
