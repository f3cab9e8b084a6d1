import type { SqlValue } from 'sql.js';
import type { Action, ActionType, ActualPart, Disaggregation, Indicator, PeriodKind, Programme, Target } from './types';
import { DISAGGREGATIONS, isBuiltin } from './types';

/** A row as sql.js gives it. */
export type Row = Record<string, SqlValue>;

// The column readers every row reader below shares.
// (A column the query lacks reads as null.)
type Cell = SqlValue | undefined;
const text = (v: Cell): string => (v === null || v === undefined ? '' : String(v));
const optText = (v: Cell): string | null => (v === null || v === undefined ? null : String(v));
const optNumber = (v: Cell): number | null => (v === null || v === undefined ? null : Number(v));
const flag = (v: Cell): boolean => Number(v) === 1;

export function toProgramme(r: Row): Programme {
  return {
    id: Number(r.id),
    name: text(r.name),
    description: text(r.description),
    startDate: optText(r.start_date),
    endDate: optText(r.end_date),
    ragGreen: Number(r.rag_green),
    ragAmber: Number(r.rag_amber),
    illustrative: flag(r.illustrative),
    source: text(r.source),
  };
}

export function toIndicator(r: Row): Indicator {
  const code = text(r.code);
  return {
    id: Number(r.id),
    programmeId: Number(r.programme_id),
    resultId: optNumber(r.result_id),
    code,
    name: text(r.name),
    unit: text(r.unit),
    direction: r.direction === 'lower-better' ? 'lower-better' : 'higher-better',
    baseline: Number(r.baseline),
    periodKind: text(r.period_kind) as PeriodKind,
    cumulative: flag(r.cumulative),
    disaggregation: text(r.disaggregation)
      .split('|')
      .filter((d): d is Disaggregation => (DISAGGREGATIONS as readonly string[]).includes(d)),
    builtin: isBuiltin(code),
  };
}

export function toTarget(r: Row): Target {
  return {
    indicatorId: Number(r.indicator_id),
    period: text(r.period),
    baseline: Number(r.baseline),
    target: Number(r.target),
    actual: optNumber(r.actual),
  };
}

export function toActualPart(r: Row): ActualPart {
  return {
    indicatorId: Number(r.indicator_id),
    period: text(r.period),
    dimension: text(r.dimension) as Disaggregation,
    part: text(r.part),
    value: Number(r.value),
    name: optText(r.name),
  };
}

/** An action row joined with its municipality's name (`municipality_name`). */
export function toAction(r: Row): Action {
  return {
    id: Number(r.id),
    programmeId: Number(r.programme_id),
    code: text(r.code),
    type: text(r.type) as ActionType,
    municipalityCode: Number(r.municipality_code),
    municipalityName: optText(r.municipality_name),
    startDate: text(r.start_date),
    endDate: optText(r.end_date),
    partner: text(r.partner),
    participants: Number(r.participants),
    women: Number(r.women),
    youth: Number(r.youth),
    enterprisesFormed: Number(r.enterprises_formed),
    enterprisesLegalized: Number(r.enterprises_legalized),
    notes: text(r.notes),
    siteId: optNumber(r.site_id),
    initiativeCode: optText(r.initiative_code),
  };
}
