import type { MergeNotKept } from './merge-fields';
import type { PopulationBasis } from './population-basis';
import type { ExchangeKind, ExchangeStatus, InitiativeKind, MethodologyTheme } from './schemas';

export type { MergeNotKept, MergeSingleField } from './merge-fields';

/** One row of the registry, with what its members add up to. */
export interface InitiativeSummary {
  id: number;
  code: string;
  name: string;
  kind: InitiativeKind;
  route: string | null;
  country: string;
  /** Sorted UFs of its member municipalities. */
  states: string[];
  municipalities: number;
  /** Its municipalities' names, by name: the registry's quick search finds a polo by one of them. */
  memberNames: string[];
  /**
   * Sum of the members' latest resident population (indicator POP: its period and source in
   * `initiativePopulation().basis`, not the Rotas file's 2022 figure); null when none has one.
   */
  population: number | null;
  sectors: string[];
  maturity: string | null;
  managingBody: string | null;
  lat: number | null;
  lon: number | null;
  region: string | null;
  /** The territory set holding its municipalities (the subject of the economic diagnosis). */
  territorySetId: number;
  territorySetName: string;
  source: string;
}

/** Two initiatives whose names are the same once folded (`exact`) or differ by a letter or two. */
export interface NamePair {
  a: string;
  aName: string;
  b: string;
  bName: string;
  exact: boolean;
}

export interface InitiativeMember {
  code: number;
  name: string;
  state: string;
  population: number | null;
}

export interface Methodology {
  id: number;
  title: string;
  theme: MethodologyTheme;
  source: string;
  link: string | null;
  fileRef: string | null;
  notes: string | null;
  usedBy: string[];
}

export interface Exchange {
  id: number;
  from: string;
  fromName: string;
  to: string;
  toName: string;
  kind: ExchangeKind;
  what: string;
  startedOn: string | null;
  status: ExchangeStatus;
  notes: string | null;
}

export interface InitiativeEvent {
  id: number;
  date: string;
  title: string;
  notes: string | null;
}

export interface InitiativeLink {
  code: string;
  name: string;
  relation: string;
}

export interface InitiativeProfile extends InitiativeSummary {
  committee: string | null;
  members: string | null;
  contacts: string | null;
  startedOn: string | null;
  endedOn: string | null;
  notes: string | null;
  municipalityList: InitiativeMember[];
  /** What the members' population figures are: their periods and sources, and the indicator's publisher. */
  populationBasis: { basis: PopulationBasis[]; publisher: string | null };
  methodologies: Methodology[];
  events: InitiativeEvent[];
  links: InitiativeLink[];
  exchanges: Exchange[];
}

/** What merging two initiatives gave. */
export interface InitiativeMergeResult {
  /** The kept initiative, as it now is. */
  kept: InitiativeProfile;
  /** The merged one, which no longer exists (its code now leads to the kept one). */
  merged: { code: string; name: string };
  /** The merged one's values that were not kept, because the kept one had a different one: for the planner. */
  notKept: MergeNotKept[];
  /** Programme actions that served the merged one and now serve the kept one. */
  actionsMoved: number;
}

/** An initiative to learn from, with the figures that rank it. */
export interface ExchangeSuggestion {
  code: string;
  name: string;
  route: string | null;
  states: string[];
  country: string;
  sameChain: boolean;
  /** |A ∩ B| / |A ∪ B| of the CNAE sector sets; null when either has none. */
  sectorJaccard: number | null;
  /** Cosine of the employment-by-IBGE-sector profiles of their territory sets; null without data. */
  profileCosine: number | null;
  /** Share of the other's municipalities that are also this one's (0: another territory). */
  territoryOverlap: number;
  score: number;
  /**
   * Why a similarity is missing (it then counts 0 in the score): the sectors or the jobs by sector
   * are lacking on this initiative's side (`subject`), the suggested one's (`candidate`) or `both`;
   * null when the figure exists.
   */
  gaps: { sectors: OverlapGap | null; jobs: OverlapGap | null };
}

export type OverlapGap = 'subject' | 'candidate' | 'both';
