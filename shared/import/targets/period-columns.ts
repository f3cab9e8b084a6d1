import { ArranjoError, describeLocation } from '../../errors';
import { importRefusal } from '../../domain/import-codes';
import type { PeriodValueField } from '../mapping/mapping-schema';
import type { SourceRow } from '../read/table-source';
import { parsePeriodHeader, type HeaderPeriod } from '../values/period-header';
import { clip } from '../values/text';
import { readNumber } from './cells';
import { columnsWith, label, mappingError, type ConverterEnv } from './converter';

/** A column of a wide layout: which field of which period its cells hold. */
export interface PeriodColumn {
  column: number;
  field: PeriodValueField;
  period: HeaderPeriod;
  perPeriod: boolean;
}

/** One row's values of one period, by field (a field whose cell is empty is absent). */
export interface PeriodCells {
  period: HeaderPeriod;
  values: Partial<Record<PeriodValueField, number>>;
  /** The column of each value given, for messages. */
  columns: Partial<Record<PeriodValueField, string>>;
}

function periodFromKey(key: string): HeaderPeriod | null {
  // "2025-Q1" reads as a header too; keys are the canonical forms.
  return parsePeriodHeader(key);
}

/**
 * The `period-value` columns of a mapping, with their periods read from the headers (or given by
 * the mapping). A header that names no period is refused with the sheet and the column, before any
 * row is read; so are fields the target does not take and a field given twice for one period.
 */
export function periodColumns(env: ConverterEnv, allowed: readonly PeriodValueField[], what: string): PeriodColumn[] {
  const out: PeriodColumn[] = [];
  const seen = new Map<string, number>();
  for (const { column, role } of columnsWith(env.mapping, 'period-value')) {
    const header = label(env, column);
    if (!allowed.includes(role.field))
      throw mappingError(
        env,
        `column "${clip(header, 60)}" holds ${role.field} by period, which ${what} does not take (${allowed.join(', ')}).`,
      );
    const period = role.period ? periodFromKey(role.period) : parsePeriodHeader(env.layout.columns[column]?.header ?? '');
    if (!period) {
      const where = { file: env.file, sheet: env.sheet, column: header };
      throw new ArranjoError(
        'INVALID_INPUT',
        `${describeLocation(where)}: the column is mapped to periods but its header is not a month, quarter or year; write it like jan/2025, 01/2025, 2025-01, 1º trimestre 2025 or 2025, or map the column to another role.`,
        where,
        importRefusal('period-header', { column: header }),
      );
    }
    const key = `${role.field}|${period.key}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw mappingError(
        env,
        `columns "${clip(label(env, first), 60)}" and "${clip(header, 60)}" both hold ${role.field} of ${period.key}; map one of them to "ignore".`,
      );
    seen.set(key, column);
    out.push({ column, field: role.field, period, perPeriod: role.perPeriod === true });
  }
  return out;
}

/**
 * A row's numbers by period, in period order (a period whose cells are all empty is left out).
 * A cell that is not a number is reported by row and column and leaves `failed` set.
 */
export function readPeriodCells(
  env: ConverterEnv,
  columns: readonly PeriodColumn[],
  row: SourceRow,
): { cells: PeriodCells[]; failed: boolean } {
  const byPeriod = new Map<string, PeriodCells>();
  let failed = false;
  for (const c of columns) {
    const n = readNumber(row.cells[c.column], env.decimal(c.column), false);
    // "-" or "..." in a month column: nothing was measured or set for that period.
    if (n.kind === 'empty' || n.kind === 'missing') continue;
    if (n.kind === 'invalid') {
      env.issues.error(
        'not-a-number',
        row.row,
        label(env, c.column),
        `"${clip(n.text, 40)}" is not a number; write it like 1.234,56 or 1234.56, or leave the cell empty.`,
        n.text,
      );
      failed = true;
      continue;
    }
    const entry = byPeriod.get(c.period.key) ?? { period: c.period, values: {}, columns: {} };
    entry.values[c.field] = n.value;
    entry.columns[c.field] = label(env, c.column);
    byPeriod.set(c.period.key, entry);
  }
  const cells = [...byPeriod.values()].sort((a, b) =>
    a.period.end === b.period.end ? (a.period.start < b.period.start ? -1 : 1) : a.period.end < b.period.end ? -1 : 1,
  );
  return { cells, failed };
}
