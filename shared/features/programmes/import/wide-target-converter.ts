import type { Connection } from '../../../db/connection';
import type { SourceRow } from '../../../import/read/table-source';
import { mappingError, type ConverterEnv, type RowConverter } from '../../../import/targets/converter';
import { periodColumns, readPeriodCells } from '../../../import/targets/period-columns';
import { periodOutside } from '../programme-service';
import { ProgrammeRepository } from '../programme-repository';
import { isBuiltin, type Programme } from '../types';
import { FieldReader } from './cells';
import { addTarget, fieldColumns, readTargetSubject } from './converters';
import { targetSideProblem, type DirectionOf } from './target-side';
import { NewProgrammes } from './new-programmes';
import type { TargetStore } from './records';

/** A period's target as the workspace has it (an actuals sheet keeps the target it does not give). */
export type ExistingTarget = (
  programme: string,
  indicator: string,
  period: string,
) => { baseline: number; target: number; actual: number | null } | null;

export function existingTargets(conn: Connection): ExistingTarget {
  const repo = new ProgrammeRepository(conn);
  const cache = new Map<string, Map<string, { baseline: number; target: number; actual: number | null }>>();
  return (programme, indicator, period) => {
    let byKey = cache.get(programme);
    if (!byKey) {
      byKey = new Map();
      const p = repo.byName(programme);
      if (p) {
        const codes = new Map(repo.indicators(p.id).map((i) => [i.id, i.code.toLowerCase()]));
        for (const t of repo.targets(p.id)) byKey.set(`${codes.get(t.indicatorId) ?? ''}\u0000${t.period}`, t);
      }
      cache.set(programme, byKey);
    }
    return byKey.get(`${indicator.toLowerCase()}\u0000${period}`) ?? null;
  };
}

/**
 * Programme targets and actuals laid out wide: one row per indicator, one column per month,
 * quarter or year (a block of targets, a block of actuals, or both). Each period with a value is
 * one target record; a period given only its actual keeps the target the workspace has for it.
 */
export function wideTargetConverter(
  env: ConverterEnv,
  store: TargetStore,
  programmes: ReadonlyMap<string, Programme>,
  existing: ExistingTarget,
  directionOf: DirectionOf,
): RowConverter {
  const columns = fieldColumns(env);
  if (!columns.has('indicator')) throw mappingError(env, 'map the column with the indicator codes.');
  if (!columns.has('programme') && !env.mapping.programme)
    throw mappingError(env, 'map the column with the programme, or name the programme.');
  if (columns.has('period') || columns.has('target') || columns.has('actual'))
    throw mappingError(
      env,
      'a sheet with one column per period takes the periods from its headers: map the period, target and actual columns to "ignore", or map no column to periods.',
    );
  const periods = periodColumns(env, ['target', 'actual'], 'a programme targets import');
  const newProgrammes = new NewProgrammes(env, programmes.keys());
  if (periods.some((p) => p.perPeriod))
    throw mappingError(env, 'targets and actuals are kept per period as the sheet gives them: clear "per period" on their columns.');
  return {
    valueColumns: [],
    convert(row: SourceRow) {
      const f = new FieldReader(env, columns, row);
      const { programme, indicator } = readTargetSubject(env, f, columns);
      newProgrammes.check(programme, row.row, columns.has('programme') ? f.column('programme') : null);
      const baseline = f.number('baseline');
      const { cells, failed } = readPeriodCells(env, periods, row);
      if (f.failed || failed) return 'failed';
      if (cells.length === 0) return 'skipped';
      const known = programmes.get(programme);
      for (const c of cells) {
        const period = c.period.key;
        const column = c.columns.target ?? c.columns.actual ?? f.column('indicator');
        const outside = known ? periodOutside(known, period) : null;
        if (outside) f.errorAt(column, 'period-outside-programme', outside);
        const before = existing(programme, indicator, period);
        const target = c.values.target ?? before?.target ?? null;
        if (target === null) {
          f.errorAt(
            column,
            'missing-value',
            `${indicator} has an actual for ${period} but no target: give the target of ${period} or import the targets first.`,
          );
          continue;
        }
        const baselineOf = baseline ?? before?.baseline ?? 0;
        const side = targetSideProblem(directionOf, programme, indicator, baselineOf, target);
        if (side) f.errorAt(column, side.code, side.message, String(target), { direction: side.direction });
        if (c.values.actual !== undefined && isBuiltin(indicator))
          env.issues.warning(
            'actual-ignored',
            row.row,
            c.columns.actual ?? column,
            `${indicator} is computed from the actions: the actual given is not used.`,
          );
        const actual = isBuiltin(indicator) ? null : (c.values.actual ?? before?.actual ?? null);
        const record = { programme, indicator, period, baseline: baselineOf, target, actual, sourceRow: row.row };
        if (!f.failed) addTarget(f, store, record, column);
      }
      return f.failed ? 'failed' : 'imported';
    },
  };
}
