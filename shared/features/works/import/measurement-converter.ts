import type { ImportIssueCode } from '../../../domain/import-codes';
import { MAX_MONEY } from '../../../domain/schemas';
import { MEASUREMENT_REQUIRED_FIELDS, type MeasurementImportField } from '../../../import/mapping/mapping-schema';
import type { SourceRow } from '../../../import/read/table-source';
import type { IssueParams } from '../../../import/types';
import { isBlank } from '../../../import/read/table-source';
import { readNumber, readText } from '../../../import/targets/cells';
import { columnsWith, label, mappingError, type ConverterEnv, type RowConverter, type RowOutcome } from '../../../import/targets/converter';
import { dateRefusal, parseDateValue } from '../../../import/values/date';
import { parsePeriodHeader } from '../../../import/values/period-header';
import { clip } from '../../../import/values/text';
import type { MeasurementStore } from './work-records';
import type { Measurement } from '../types';
import { MeasurementSeries, type MeasurementImportContext } from './measurement-series';
import { parseFlag } from './vocabulary';

/** The row's work: its code as written and its id (undefined, reported, when empty or unknown). */
export function readWork(
  env: ConverterEnv,
  ctx: MeasurementImportContext,
  row: SourceRow,
  column: number,
): { workCode: string; workId: number | undefined } {
  const workCode = readText(row.cells[column]);
  const workId = ctx.works.get(workCode.toUpperCase());
  if (workCode === '')
    env.issues.error(
      'missing-work-code',
      row.row,
      label(env, column),
      'the work code is empty; write the code of a work of this workspace.',
    );
  else if (workId === undefined)
    env.issues.error(
      'unknown-work',
      row.row,
      label(env, column),
      `"${clip(workCode, 40)}" is not the code of a work of this workspace; import the works (arranjo-obras) first or correct the code.`,
      workCode,
    );
  return { workCode, workId };
}

/** The row's correction flag (false without a column); null, reported, when it is not yes/no. */
export function readCorrection(env: ConverterEnv, row: SourceRow, column: number | undefined): boolean | null {
  if (column === undefined) return false;
  const flag = parseFlag(readText(row.cells[column]));
  if (flag === null)
    env.issues.error(
      'bad-flag',
      row.row,
      label(env, column),
      `"${clip(readText(row.cells[column]), 20)}" is not yes/no; write 1 for a correction, 0 or nothing otherwise.`,
    );
  return flag;
}

/** A text that writes a day (31/02/2025, 2025-02-31): a date or nothing, never a month. */
export const WRITTEN_DAY = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}/;

/** Where a measurement's values were in the file, for messages. */
export interface MeasurementColumns {
  date: string;
  physicalProgress: string;
  committed: string;
  disbursed: string;
}

/**
 * Checks one measurement (progress 0–100, money ≥ 0, disbursed ≤ committed, one per work and date,
 * progress not below the point before it nor above the one after it unless flagged) and stores it.
 */
export function recordMeasurement(
  env: ConverterEnv,
  store: MeasurementStore,
  series: MeasurementSeries,
  m: Measurement,
  workCode: string,
  row: number,
  columns: MeasurementColumns,
): RowOutcome {
  let failed = false;
  const fail = (code: ImportIssueCode, column: string, message: string, value?: string, params?: IssueParams): void => {
    env.issues.error(code, row, column, message, value, params);
    failed = true;
  };
  const { physicalProgress: physical, committed, disbursed, date } = m;
  if (physical < 0 || physical > 100)
    fail(
      'progress-out-of-range',
      columns.physicalProgress,
      `${physical}% is outside 0–100; write the cumulative physical progress in % (e.g. 45.5).`,
    );
  if (committed < 0) fail('negative-money', columns.committed, `${committed} is negative; write the committed amount in R$.`);
  if (disbursed < 0) fail('negative-money', columns.disbursed, `${disbursed} is negative; write the disbursed amount in R$.`);
  for (const [value, column] of [
    [committed, columns.committed],
    [disbursed, columns.disbursed],
  ] as const)
    if (value > MAX_MONEY)
      fail(
        'above-max',
        column,
        `${value} is above ${MAX_MONEY}, more than any district's budget: check the column and its units.`,
        undefined,
        {
          max: MAX_MONEY,
        },
      );
  if (disbursed > committed)
    fail(
      'disbursed-above-committed',
      columns.disbursed,
      `the disbursed amount ${disbursed} is above the committed ${committed}; nothing can be paid that was not committed — correct one of them.`,
    );
  const start = series.startOf(m.workId);
  if (physical > 0 && start !== undefined && date < start)
    fail(
      'measured-before-start',
      columns.date,
      `${physical}% measured on ${date}, before the work began on ${start}; correct the date, or the work's actual start if it began earlier.`,
      date,
      { progress: physical, date: start },
    );
  if (failed) return 'failed';
  const beyond = series.budgetExceededBy(m.workId, committed);
  if (beyond !== null)
    env.issues.warning(
      'committed-above-budget',
      row,
      columns.committed,
      `the committed ${committed} is ${beyond.percent}% of work ${workCode}'s planned budget ${beyond.budget}, beyond what additions may add to a contract (Lei 14.133/2021, art. 125: 25%, 50% for a refurbishment); check the units (cents? thousands?) and the budget. Imported as written.`,
      String(committed),
      { max: beyond.budget, percent: beyond.percent },
    );
  if (series.firstProgressOnUnstarted(m.workId, physical))
    env.issues.warning(
      'progress-on-unstarted-work',
      row,
      columns.physicalProgress,
      `work ${workCode} is recorded as not begun (planned or tendering), and this row measures ${physical}% done: update its status (the status column of arranjo-obras, or the work's form). Imported as written.`,
      String(physical),
      { progress: physical },
    );
  const first = store.add(`${m.workId}|${date}`, { measurement: m, workCode, sourceRow: row }, row);
  if (first !== null) {
    fail(
      'duplicate-key',
      columns.date,
      `work ${workCode} already has a measurement on ${date} in row ${first}; one row per work and date.`,
      undefined,
      { first },
    );
    return 'failed';
  }
  // Cumulative: the new point may not fall below the one before it, nor lift the one after above it.
  const points = series.of(m.workId);
  points.set(date, { date, physicalProgress: physical, committed, disbursed, correction: m.correction, row });
  const sorted = [...points.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  const at = sorted.findIndex((p) => p.date === date);
  const before = sorted[at - 1];
  const after = sorted[at + 1];
  if (before && physical < before.physicalProgress && !m.correction) {
    env.issues.error(
      'progress-decreased',
      row,
      columns.physicalProgress,
      `${physical}% on ${date} is below the ${before.physicalProgress}% measured on ${before.date}${before.row ? ` (row ${before.row})` : ' (already recorded)'}; progress is cumulative — fix the value or flag the row as a correction.`,
      physical,
      { progress: physical, previous: before.physicalProgress, date: before.date },
    );
    return 'failed';
  }
  if (after && after.physicalProgress < physical && !after.correction) {
    env.issues.error(
      'progress-decreased',
      after.row ?? row,
      columns.physicalProgress,
      `${after.physicalProgress}% on ${after.date} is below the ${physical}% measured on ${date} (row ${row}); progress is cumulative — fix the value or flag the row as a correction.`,
      after.physicalProgress,
      { progress: after.physicalProgress, previous: physical, date },
    );
    return 'failed';
  }
  return 'imported';
}

/**
 * Progress written as fractions (0.455 for 45.5 %, a sheet's "0.00" cells not formatted as %) would
 * read as 0.455 %: a portfolio of works all barely started. When every plain number of the progress
 * column lies between 0 and 1, one of them strictly, those rows are refused at their cell; a "%"
 * (typed, or the cell's format) says the unit, and a column with any value above 1 is in points.
 */
class FractionWatch {
  private readonly plain: { row: number; value: number }[] = [];
  private inPoints = false;

  see(row: number, value: number): void {
    if (value > 1) this.inPoints = true;
    else if (value > 0) this.plain.push({ row, value });
  }

  report(env: ConverterEnv, column: string): void {
    if (this.inPoints || !this.plain.some((p) => p.value < 1)) return;
    for (const { row, value } of this.plain) {
      const percent = Number((value * 100).toPrecision(12));
      env.issues.error(
        'progress-fraction',
        row,
        column,
        `${value} reads as ${value}% (every progress of the column is between 0 and 1); if it means ${percent}%, write ${percent} (progress is in %, 0–100) or format the cells as percentages; if it is indeed ${value}%, write ${value}%.`,
        value,
        { progress: value, percent },
      );
    }
  }
}

/**
 * Measurements (medições; `arranjo-medicoes` or an agency's sheet with one row per measurement):
 * cumulative physical % and money at a date, keyed by work and date so a re-import updates them.
 * Progress may not fall below an earlier measurement (recorded or in the file) unless flagged.
 */
export function measurementConverter(env: ConverterEnv, store: MeasurementStore, ctx: MeasurementImportContext): RowConverter {
  const byField = new Map(columnsWith(env.mapping, 'measurement-field').map((c) => [c.role.field, c.column]));
  const missing = MEASUREMENT_REQUIRED_FIELDS.filter((f) => !byField.has(f));
  if (missing.length > 0)
    throw mappingError(
      env,
      `map the column(s) with ${missing.join(', ')} (arranjo-medicoes: work_code, date, physical_progress, committed, disbursed).`,
    );
  const series = new MeasurementSeries(ctx);
  const column = (field: MeasurementImportField): string => label(env, byField.get(field) ?? 0);
  const columns: MeasurementColumns = {
    date: column('date'),
    physicalProgress: column('physicalProgress'),
    committed: column('committed'),
    disbursed: column('disbursed'),
  };
  const fractions = new FractionWatch();

  return {
    valueColumns: [],
    finish() {
      fractions.report(env, columns.physicalProgress);
    },
    convert(row: SourceRow): RowOutcome {
      let failed = false;
      const fail = (code: ImportIssueCode, field: MeasurementImportField, message: string, value?: string): void => {
        env.issues.error(code, row.row, label(env, byField.get(field) ?? 0), message, value);
        failed = true;
      };
      const number = (field: MeasurementImportField, what: string): number | null => {
        const column = byField.get(field) ?? 0;
        const n = readNumber(row.cells[column], env.decimal(column), false);
        if (n.kind === 'number' && n.percent && field !== 'physicalProgress') {
          const shown = readText(row.cells[column]);
          fail(
            'not-a-number',
            field,
            `"${clip(shown, 40)}" is a percentage, not an amount; write the ${what} in R$ like 1.234,56 or 1234.56.`,
            shown,
          );
          return null;
        }
        if (n.kind === 'number') {
          if (field === 'physicalProgress' && !n.percent) fractions.see(row.row, n.value);
          return n.value;
        }
        if (n.kind === 'empty') fail('missing-value', field, `the ${what} is empty; write a number.`);
        else {
          const shown = n.kind === 'invalid' ? n.text : n.symbol;
          fail('not-a-number', field, `"${clip(shown, 40)}" is not a number; write the ${what} like 1.234,56 or 1234.56.`, shown);
        }
        return null;
      };
      const { workCode, workId } = readWork(env, ctx, row, byField.get('workCode') ?? 0);
      if (workId === undefined) failed = true;
      const dateCell = row.cells[byField.get('date') ?? 0] ?? null;
      let date: string | null = null;
      if (dateCell === null || isBlank(dateCell))
        fail('bad-date', 'date', 'the date is empty; write the date of the measurement as YYYY-MM-DD or dd/mm/aaaa.');
      else {
        const parsed =
          typeof dateCell === 'string' || typeof dateCell === 'number' || dateCell instanceof Date
            ? parseDateValue(dateCell)
            : { kind: 'invalid' as const, text: readText(dateCell) };
        // A month ("Competência: mar/2025", 03/2025): its last day, as a sheet with one column per month dates it.
        // A day that is no day (31/02/2025) stays refused, not taken for its month.
        const month =
          typeof dateCell === 'string' && parsed.kind !== 'date' && !WRITTEN_DAY.test(dateCell) ? parsePeriodHeader(dateCell) : null;
        if (parsed.kind === 'date') date = parsed.iso;
        else if (month?.kind === 'month' && month.label === '') date = month.end;
        else {
          const refusal = dateRefusal(parsed.kind === 'invalid' ? parsed : { text: '' });
          fail(refusal.code, 'date', refusal.message, parsed.kind === 'invalid' ? parsed.text : undefined);
        }
      }
      const physical = number('physicalProgress', 'physical progress (%)');
      const committed = number('committed', 'committed amount (R$)');
      const disbursed = number('disbursed', 'disbursed amount (R$)');
      const correction = readCorrection(env, row, byField.get('correction'));
      if (correction === null) failed = true;
      if (
        failed ||
        workId === undefined ||
        correction === null ||
        date === null ||
        physical === null ||
        committed === null ||
        disbursed === null
      )
        return 'failed';

      const measurement = { workId, date, physicalProgress: physical, committed, disbursed, correction };
      return recordMeasurement(env, store, series, measurement, workCode, row.row, columns);
    },
  };
}
