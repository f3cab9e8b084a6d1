/** Types of the catalog, profile, comparison, map and meeting features. Plain data (structured-clone safe). */
import type { Direction } from '../../analysis/compare/comparison';
import type { SitePatch } from '../../domain/schemas';
import type { SiteKind } from '../../domain/types';

export type { Direction };
export type Trilingual = { pt: string; en: string; es: string };

export const SUBJECT_KINDS = ['site', 'municipality'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** The most subjects one comparison takes side by side (the table stays readable; the engine refuses more). */
export const COMPARE_MAX_SUBJECTS = 10;

/** What a profile or a comparison is about: a site (its id) or a municipality (its 7-digit code). */
export interface SubjectRef {
  kind: SubjectKind;
  id: number;
}

/** An indicator definition with what the workspace holds of it. */
export interface IndicatorInfo {
  code: string;
  name: Trilingual;
  unit: string;
  direction: Direction;
  category: string;
  description: string;
  source: string;
  /** Bounds of entered values (a survey scale), null when unbounded. */
  valueMin: number | null;
  valueMax: number | null;
  wholeNumbers: boolean;
  /** Shipped with Arranjo (the infrastructure survey, population): its code and scale cannot change. */
  builtIn: boolean;
  valueCount: number;
  subjectKinds: string[];
  periods: string[];
}

export interface IndicatorInput {
  code: string;
  name: Trilingual;
  unit: string;
  direction: Direction;
  category: string;
  description?: string;
  source?: string;
  valueMin?: number | null;
  valueMax?: number | null;
  wholeNumbers?: boolean;
}

export interface IndicatorValueQuery {
  subjectKind: 'municipality' | 'state' | 'site';
  subjectCode?: string;
  indicatorCode?: string;
  category?: string;
}

/** One stored value with where it came from. */
export interface IndicatorValueInfo {
  indicatorCode: string;
  subjectKind: 'municipality' | 'state' | 'site';
  subjectCode: string;
  period: string;
  value: number | null;
  missingReason: string | null;
  source: string;
  illustrative: boolean;
  /** "file.xlsx, sheet S, row 12 (import 3, 2026-01-01)" or "entered by the user, 2026-01-01" */
  provenance: {
    kind: 'import' | 'user' | 'unknown';
    file: string | null;
    sheet: string | null;
    row: number | null;
    batchId: number | null;
    at: string | null;
  };
}

/** A value a planner enters; `value: null` removes the stored value. */
export interface IndicatorValueEdit {
  indicatorCode: string;
  subjectKind: 'municipality' | 'site';
  subjectCode: string;
  period: string;
  value: number | null;
}

export interface SiteEdit {
  id: number;
  patch: SitePatch;
}

export interface GeoRegion {
  code: number;
  kind: 'immediate' | 'intermediate';
  name: string;
  stateCode: number;
}

/** A column of the municipalities table: an indicator at its latest period, or formal jobs. */
export interface MunicipalColumn {
  id: string;
  label: Trilingual;
  unit: string;
  period: string;
  source: string;
  direction: Direction;
  /** Summing over municipalities makes sense (people, jobs), so the totals row shows a sum. */
  additive: boolean;
}

export interface MunicipalRow {
  code: number;
  name: string;
  stateAbbr: string;
  immediateRegion: string | null;
  intermediateRegion: string | null;
  values: Record<string, number | null>;
}

export interface MunicipalityTable {
  columns: MunicipalColumn[];
  rows: MunicipalRow[];
}

export type { TerritorySet } from '../../domain/types';

export interface TerritorySetInput {
  id?: number;
  name: string;
  description?: string;
  members: number[];
}

export interface GridViewInfo {
  id: number;
  gridId: string;
  name: string;
  state: unknown;
  updatedAt: string;
}

/** A fact about a subject: one row of a profile or a comparison. */
export interface FactRow {
  key: string;
  label: Trilingual;
  unit: string;
  direction: Direction;
  group: 'site' | 'survey' | 'context' | 'indicator';
  period: string | null;
  source: string;
  /** One value per subject, in the order asked. */
  values: (number | null)[];
  /** Per subject: the value is illustrative (not real data), shown as such. */
  illustrative: boolean[];
  /** Per subject, when sources differ by subject (a site's own record): where the value comes from. */
  valueSources: (string | null)[];
}

export interface SubjectSummary {
  ref: SubjectRef;
  name: string;
  /** The site's kind; null for a municipality. */
  siteKind: SiteKind | null;
  municipalityCode: number | null;
  municipalityName: string | null;
  lat: number | null;
  lon: number | null;
  locationNote: string | null;
}

export interface Comparison {
  subjects: SubjectSummary[];
  rows: FactRow[];
}

export interface SectorShare {
  sectorCode: string;
  sectorName: string;
  jobs: number;
}

export interface SeriesPoint {
  period: string;
  value: number | null;
}

export interface ProfileSeries {
  key: string;
  label: Trilingual;
  unit: string;
  source: string;
  points: SeriesPoint[];
}

export interface Profile {
  subject: SubjectSummary;
  /** The subject's facts (values[0]) and the peer average (values[1]). */
  rows: FactRow[];
  /** Whom the peer average is over: other sites of the same kind, or the municipality's region (else state). */
  peers: { basis: 'site-kind' | 'intermediate-region' | 'state'; name: string; count: number };
  sectors: { year: number | null; source: string; shares: SectorShare[] };
  series: ProfileSeries[];
  /** Infrastructure-survey items (definitions) and whether any score exists for the subject. */
  surveyItems: number;
  surveyScored: number;
  /** Works and attraction plan of a site, once those features hold data. */
  related: { projects: number; lots: number; prospects: number };
}

/** A value that can size or colour the site markers. */
export interface SiteMetric {
  id: string;
  label: Trilingual;
  unit: string;
  source: string;
}

export interface SiteMetricValue {
  siteId: number;
  value: number | null;
}

export interface StateMapValue {
  code: number;
  abbr: string;
  name: string;
  value: number | null;
  /** Municipalities with a value / municipalities in the state, when the value sums municipal values. */
  coverage: { withValue: number; total: number } | null;
}

export interface StateMap {
  values: StateMapValue[];
  /** How the state values were obtained. */
  method: 'state-values' | 'sum-of-municipalities' | 'none';
}

/**
 * 'works': a works chart (Gantt, S-curve, earned value, budget) rebuilt by the renderer's works feature;
 * 'programme', 'polos', 'attraction', 'ranking' (schema 19): the programme monitor's chart, the polos
 * map, an attraction plan's funnel and a scenario's ranking map, each rebuilt by its area;
 * 'economy' (schema 20): a chart of the economic diagnosis (its spec checked by economyMeetingSpecSchema).
 */
export const MEETING_VIEW_KINDS = ['map', 'compare', 'profile', 'works', 'programme', 'polos', 'attraction', 'ranking', 'economy'] as const;
export type MeetingViewKind = (typeof MEETING_VIEW_KINDS)[number];

export interface MeetingView {
  kind: MeetingViewKind;
  title: string;
  /** The choices that rebuild the view from the workspace (validated by the UI that reads it). */
  spec: Record<string, unknown>;
}

export interface MeetingSequence {
  id: number;
  name: string;
  views: MeetingView[];
  updatedAt: string;
}

export interface MeetingSequenceInput {
  id?: number;
  name: string;
  views: MeetingView[];
}

export type { TableExport } from '../../export/table-workbook';
