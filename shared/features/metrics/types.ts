/**
 * Metrics (the numbers of a territory that maps shade and criteria rank): which subject, which
 * value, from where. Plain data: safe to structured-clone.
 */
import type { Direction } from '../../analysis/mcda/types';
import type { Trilingual } from '../../domain/metric-id';

export const SUBJECT_KINDS = ['site', 'municipality'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** An alternative: a site (code = its id) or a municipality (code = 7-digit IBGE code), as text. */
export interface AlternativeRef {
  kind: SubjectKind;
  code: string;
}

/** A source the criteria picker offers, with default label, unit and direction. */
export interface CriterionSourceOption {
  source: string;
  group: 'indicator' | 'jobs' | 'activity' | 'share' | 'lq' | 'growth' | 'works';
  label: Trilingual;
  unit: string;
  period: string;
  direction: Direction;
  /** Where the values come from (indicator catalogue source, RAIS). */
  origin: string;
}

/** One value of a metric for one subject (a run's input: alternative × criterion), with its provenance. */
export interface InputCell {
  value: number | null;
  missingReason: string | null;
  /** Where the value comes from ("IBGE, Censo Demográfico 2022"; for activity, the imported files and the year). */
  source: string;
  period: string;
  /** For a site: the municipality the value was read from ("Betim (3106705)"); null when the subject's own. */
  via: string | null;
}
