import type { Connection } from '../../../db/connection';
import type { WorkImportField } from '../../../import/mapping/mapping-schema';
import { isBlank, type SourceRow } from '../../../import/read/table-source';
import { readNumber, readText } from '../../../import/targets/cells';
import { columnsWith, label, mappingError, type ConverterEnv, type RowConverter, type RowOutcome } from '../../../import/targets/converter';
import { periodColumns, readPeriodCells } from '../../../import/targets/period-columns';
import { dateRefusal, parseDateValue } from '../../../import/values/date';
import { parsePeriodHeader } from '../../../import/values/period-header';
import { WRITTEN_DAY } from './measurement-converter';
import { clip } from '../../../import/values/text';
import type { Work } from '../types';
import { WorkRepository } from '../work-repository';
import { fieldsOf } from '../work-service';
import type { WorkRecord, WorkStore } from './work-records';

/** The fields that make a works file a full one (arranjo-obras); a file without them is a schedule of existing works. */
const WHOLE_WORK_FIELDS: readonly WorkImportField[] = ['siteCode', 'title', 'category', 'budgetPlanned'];

/** Whether a works mapping is a planned schedule of existing works rather than the works themselves. */
export function isScheduleMapping(env: ConverterEnv): boolean {
  const fields = new Set(columnsWith(env.mapping, 'work-field').map((c) => c.role.field));
  return fields.has('code') && !WHOLE_WORK_FIELDS.some((f) => fields.has(f));
}

/** The works a schedule can update, by upper-case code. */
export function loadScheduleContext(conn: Connection): ReadonlyMap<string, Work> {
  return new Map(new WorkRepository(conn).list().map((w) => [w.code.toUpperCase(), w]));
}

interface MonthValue {
  value: number;
  row: number;
  column: string;
}

interface Draft {
  record: WorkRecord;
  months: Map<string, MonthValue>;
  /** Where the planned dates were first given (a later row of the same work must agree). */
  dateRow: Partial<Record<'plannedStart' | 'plannedEnd', number>>;
}

/** A month cell: YYYY-MM, MM/YYYY, a month named as a period header names it (mar/2025, março de 2025), or a date (its month). */
function readMonth(cell: SourceRow['cells'][number] | undefined): string | null {
  const text = readText(cell).trim();
  const iso = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const br = /^(0?[1-9]|1[0-2])\/(\d{4})$/.exec(text);
  if (br) return `${br[2]}-${br[1]!.padStart(2, '0')}`;
  if (typeof cell === 'string' && !WRITTEN_DAY.test(text)) {
    const named = parsePeriodHeader(text);
    if (named?.kind === 'month' && named.label === '') return named.key;
  }
  if (typeof cell === 'string' || typeof cell === 'number' || cell instanceof Date) {
    const parsed = parseDateValue(cell);
    if (parsed.kind === 'date') return parsed.iso.slice(0, 7);
  }
  return null;
}

/**
 * Planned schedules of works already in the workspace (DESIGN §3 "an optional planned schedule by
 * month"): the planned start and end of each work, and/or its cumulative planned physical % at the
 * end of each month, which then replaces the linear plan in planned %, SPI and the S-curve. Long:
 * one row per work × month (`arranjo-cronograma`: work_code, month, planned_progress, optionally
 * planned_start, planned_end); wide: one row per work, one column per month (or quarter, or year:
 * the value stands at its last month) with the role `period-value`, field `plannedProgress`. The
 * file's months become the work's whole schedule; a re-import replaces it, the batch's undo brings
 * the previous one back. Refused by row and column: an unknown work, a month that is not one, a % outside
 * 0–100 or below an earlier month's, a month given twice, an end before the start.
 */
export function scheduleConverter(env: ConverterEnv, store: WorkStore, works: ReadonlyMap<string, Work>): RowConverter {
  const byField = new Map(columnsWith(env.mapping, 'work-field').map((c) => [c.role.field, c.column]));
  const codeColumn = byField.get('code');
  if (codeColumn === undefined) throw mappingError(env, 'map the column with the work code.');
  const wide = periodColumns(env, ['plannedProgress'], 'a works schedule');
  const monthColumn = byField.get('scheduleMonth');
  const progressColumn = byField.get('plannedProgress');
  if (wide.length > 0 && (monthColumn !== undefined || progressColumn !== undefined))
    throw mappingError(
      env,
      'a sheet with one column per month takes the months from its headers: map the month and planned % columns to "ignore".',
    );
  if ((monthColumn === undefined) !== (progressColumn === undefined))
    throw mappingError(env, 'map both the month column and the planned % column (one row per work and month), or neither.');
  if (wide.length === 0 && monthColumn === undefined && !byField.has('plannedStart') && !byField.has('plannedEnd'))
    throw mappingError(
      env,
      'a works file without district, title, category and budget updates the plan of existing works: map the planned start and end, or the month and planned % (arranjo-cronograma: work_code, month, planned_progress), or one column per month.',
    );
  const drafts = new Map<number, Draft>();

  const progress = (row: SourceRow, value: number, column: string): boolean => {
    if (value >= 0 && value <= 100) return true;
    env.issues.error('progress-out-of-range', row.row, column, `${value} is outside 0–100; write the planned physical progress in %.`);
    return false;
  };

  return {
    valueColumns: [],
    convert(row: SourceRow): RowOutcome {
      let failed = false;
      const code = readText(row.cells[codeColumn]);
      const work = works.get(code.toUpperCase());
      if (code === '') {
        env.issues.error(
          'missing-work-code',
          row.row,
          label(env, codeColumn),
          'the work code is empty; write the code of a work of this workspace.',
        );
        return 'failed';
      }
      if (!work) {
        env.issues.error(
          'unknown-work',
          row.row,
          label(env, codeColumn),
          `"${clip(code, 40)}" is not the code of a work of this workspace; import the works (arranjo-obras) first or correct the code.`,
          code,
        );
        return 'failed';
      }
      let draft = drafts.get(work.id);
      if (!draft) {
        const record: WorkRecord = {
          fields: { ...fieldsOf(work), source: env.mapping.source ?? env.file },
          needs: null,
          present: ['source'],
          sourceRow: row.row,
          schedule: null,
        };
        draft = { record, months: new Map(), dateRow: {} };
        drafts.set(work.id, draft);
        store.add(work.code.toUpperCase(), record, row.row);
      }
      for (const field of ['plannedStart', 'plannedEnd'] as const) {
        const column = byField.get(field);
        const cell = column === undefined ? null : (row.cells[column] ?? null);
        if (column === undefined || cell === null || isBlank(cell)) continue;
        const parsed =
          typeof cell === 'string' || typeof cell === 'number' || cell instanceof Date
            ? parseDateValue(cell)
            : { kind: 'invalid' as const, text: readText(cell) };
        if (parsed.kind !== 'date') {
          const text = parsed.kind === 'invalid' ? parsed.text : readText(cell);
          const refusal = dateRefusal(parsed.kind === 'invalid' ? parsed : { text });
          env.issues.error(refusal.code, row.row, label(env, column), refusal.message, text);
          failed = true;
          continue;
        }
        const first = draft.dateRow[field];
        if (first !== undefined && draft.record.fields[field] !== parsed.iso) {
          env.issues.error(
            'duplicate-key',
            row.row,
            label(env, column),
            `work ${work.code} was given ${draft.record.fields[field]} in row ${first}; give each work one planned start and end.`,
            undefined,
            { first },
          );
          failed = true;
          continue;
        }
        draft.dateRow[field] = row.row;
        draft.record.fields[field] = parsed.iso;
        if (!draft.record.present.includes(field)) draft.record.present.push(field);
      }
      const { plannedStart, plannedEnd } = draft.record.fields;
      if (plannedEnd < plannedStart) {
        const column = byField.get('plannedEnd') ?? byField.get('plannedStart') ?? codeColumn;
        env.issues.error(
          'end-before-start',
          row.row,
          label(env, column),
          `the planned end ${plannedEnd} is before the planned start ${plannedStart}; correct one of them.`,
        );
        failed = true;
      }
      const add = (month: string, value: number, column: string): void => {
        const months = draft.months;
        const first = months.get(month);
        if (first) {
          env.issues.error(
            'duplicate-key',
            row.row,
            column,
            `work ${work.code}, month ${month} was already given in row ${first.row}; one value per work and month.`,
            undefined,
            { first: first.row },
          );
          failed = true;
        } else months.set(month, { value, row: row.row, column });
      };
      if (monthColumn !== undefined && progressColumn !== undefined) {
        const month = readMonth(row.cells[monthColumn]);
        const n = readNumber(row.cells[progressColumn], env.decimal(progressColumn), false);
        if (!month) {
          const text = readText(row.cells[monthColumn]);
          env.issues.error(
            'bad-period',
            row.row,
            label(env, monthColumn),
            `"${clip(text, 40)}" is not a month; write it as YYYY-MM or mm/aaaa.`,
            text,
          );
          failed = true;
        }
        if (n.kind !== 'number') {
          const text = n.kind === 'invalid' ? n.text : '';
          env.issues.error(
            'not-a-number',
            row.row,
            label(env, progressColumn),
            `"${clip(text, 40)}" is not a number; write the cumulative planned physical % (0–100).`,
            text,
          );
          failed = true;
        } else if (!progress(row, n.value, label(env, progressColumn))) failed = true;
        else if (month) add(month, n.value, label(env, progressColumn));
      }
      if (wide.length > 0) {
        const read = readPeriodCells(env, wide, row);
        if (read.failed) failed = true;
        for (const c of read.cells) {
          const value = c.values.plannedProgress;
          const column = c.columns.plannedProgress ?? label(env, codeColumn);
          if (value === undefined) continue;
          if (!progress(row, value, column)) failed = true;
          else add(c.period.end.slice(0, 7), value, column);
        }
      }
      return failed ? 'failed' : 'imported';
    },
    finish() {
      for (const draft of drafts.values()) {
        if (draft.months.size === 0) continue;
        const months = [...draft.months.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
        let previous: [string, MonthValue] | null = null;
        for (const entry of months) {
          const [month, v] = entry;
          if (previous && v.value < previous[1].value)
            env.issues.error(
              'progress-decreased',
              v.row,
              v.column,
              `the planned progress of ${draft.record.fields.code} in ${month} (${v.value} %) is below ${previous[0]}'s (${previous[1].value} %); the schedule is cumulative: write the % planned done by the end of each month.`,
              v.value,
              { progress: v.value, previous: previous[1].value, date: previous[0] },
            );
          previous = entry;
        }
        draft.record.schedule = months.map(([month, v]) => ({ month, plannedProgress: v.value }));
      }
    },
  };
}
