import { columnsWith, label, mappingError, type ConverterEnv, type RowConverter, type RowOutcome } from '../../../import/targets/converter';
import { periodColumns, readPeriodCells } from '../../../import/targets/period-columns';
import type { SourceRow } from '../../../import/read/table-source';
import type { Measurement } from '../types';
import { readCorrection, readWork, recordMeasurement } from './measurement-converter';
import { MeasurementSeries, type MeasurementImportContext, type Point } from './measurement-series';
import type { MeasurementStore } from './work-records';

const VALUE_FIELDS = ['physicalProgress', 'committed', 'disbursed'] as const;
type ValueField = (typeof VALUE_FIELDS)[number];
const WHAT: Record<ValueField, string> = {
  physicalProgress: 'physical progress',
  committed: 'committed amount',
  disbursed: 'disbursed amount',
};

/** The day before an ISO date. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Measurements laid out wide: one row per work, one column per month (or quarter, or year) of
 * physical % and/or money. Each period with a value is one measurement dated on the period's last
 * day. Columns marked `perPeriod` hold the period's own amount, added up onto the work's last
 * measurement before the row's first period. A value the sheet does not give (no column for it,
 * or its cell empty while another of the period is filled) is kept from the work's measurement on
 * or before that date, 0 when none, so a sheet of physical % alone leaves the money as measured;
 * a committed amount so kept is raised to the disbursed one when below it (a warning says so).
 */
export function wideMeasurementConverter(env: ConverterEnv, store: MeasurementStore, ctx: MeasurementImportContext): RowConverter {
  const byField = new Map(columnsWith(env.mapping, 'measurement-field').map((c) => [c.role.field, c.column]));
  const workColumn = byField.get('workCode');
  if (workColumn === undefined) throw mappingError(env, 'map the column with the work code (one row per work, one column per period).');
  if (byField.has('date') || VALUE_FIELDS.some((f) => byField.has(f)))
    throw mappingError(
      env,
      'a sheet with one column per period takes the dates from its headers: map the date and value columns to "ignore", or map no column to periods (one row per measurement).',
    );
  const periods = periodColumns(env, VALUE_FIELDS, 'a measurements import');
  const given = new Set(periods.map((p) => p.field));
  const perPeriod = new Set(periods.filter((p) => p.perPeriod).map((p) => p.field));
  const series = new MeasurementSeries(ctx);
  let warned = false;

  return {
    valueColumns: [],
    convert(row: SourceRow): RowOutcome {
      const { workCode, workId } = readWork(env, ctx, row, workColumn);
      const correction = readCorrection(env, row, byField.get('correction'));
      const { cells, failed } = readPeriodCells(env, periods, row);
      if (failed || workId === undefined || correction === null) return 'failed';
      if (cells.length === 0) return 'skipped';
      if (!warned) {
        const missing = VALUE_FIELDS.filter((f) => !given.has(f));
        if (missing.length > 0)
          env.issues.warning(
            'value-carried',
            row.row,
            null,
            `the sheet gives no ${missing.map((f) => WHAT[f]).join(' nor ')} by period: each measurement keeps the work's value measured on or before its date (0 when none)${missing.includes('committed') ? ', the committed amount raised to the disbursed one where it is below' : ''}.`,
          );
        warned = true;
      }
      const base = series.atOrBefore(workId, dayBefore(cells[0]?.period.start ?? '9999-12-31'));
      const running: Record<ValueField, number> = {
        physicalProgress: base?.physicalProgress ?? 0,
        committed: base?.committed ?? 0,
        disbursed: base?.disbursed ?? 0,
      };
      let outcome: RowOutcome = 'imported';
      for (const c of cells) {
        const date = c.period.end;
        const kept: Point | null = series.atOrBefore(workId, date);
        const value = (f: ValueField): number => {
          if (perPeriod.has(f)) return (running[f] += c.values[f] ?? 0);
          return c.values[f] ?? kept?.[f] ?? 0;
        };
        const disbursed = value('disbursed');
        // Committed kept from before is raised to what the sheet says was paid: nothing is paid uncommitted.
        const committed = given.has('committed') ? value('committed') : Math.max(value('committed'), disbursed);
        const m: Measurement = { workId, date, physicalProgress: value('physicalProgress'), committed, disbursed, correction };
        const at = (f: ValueField): string => c.columns[f] ?? label(env, workColumn);
        const columns = {
          date: at('physicalProgress'),
          physicalProgress: at('physicalProgress'),
          committed: at('committed'),
          disbursed: at('disbursed'),
        };
        if (recordMeasurement(env, store, series, m, workCode, row.row, columns) === 'failed') outcome = 'failed';
      }
      return outcome;
    },
  };
}
