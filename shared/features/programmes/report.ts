import type { Connection } from '../../db/connection';
import { ArranjoError } from '../../errors';
import { parsePeriod, within } from './periods';
import { ActionRepository } from './action-repository';
import { ProgrammeRepository } from './programme-repository';
import { periodOutside } from './programme-service';
import { achievement, actionsIn, additive, builtinValue, monitorIndicator, rollUpTargets } from './rollup';
import { isBuiltin, type Programme } from './types';

export interface ReportRow {
  indicator: string;
  period: string;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  achievement: number | null;
}

/**
 * `arranjo programme` (DESIGN §10): every indicator × target period, or with `period` one row per
 * indicator for that period (a year's target rolled up from its quarters or months when the year
 * has none of its own and they speak for its actual; see rollUpTargets). A built-in's actual sums the actions starting in the period.
 */
export function programmeReport(conn: Connection, name: string, period?: string): ReportRow[] {
  const repo = new ProgrammeRepository(conn);
  const programme = findProgramme(repo, name);
  const targets = repo.targets(programme.id);
  const actions = new ActionRepository(conn).actions(programme.id);
  const thresholds = { green: programme.ragGreen, amber: programme.ragAmber };
  const indicators = repo.indicators(programme.id);
  if (period === undefined) {
    return indicators.flatMap((i) =>
      monitorIndicator(
        i,
        targets.filter((t) => t.indicatorId === i.id),
        actions,
        thresholds,
      ).map((r) => ({
        indicator: r.indicator,
        period: r.period,
        baseline: r.baseline,
        target: r.target,
        actual: r.actual,
        achievement: r.achievement,
      })),
    );
  }
  const p = parsePeriod(period);
  if (!p) throw new ArranjoError('INVALID_INPUT', `--period "${period}" is not a period: write YYYY, YYYY-Qn or YYYY-MM.`);
  // A period the programme never reaches gave a row of zeros per indicator, read as "nothing done".
  if (periodOutside(programme, period) !== null)
    throw new ArranjoError(
      'INVALID_INPUT',
      `--period ${period} is outside programme "${programme.name}" (${programme.startDate ?? '…'} to ${programme.endDate ?? '…'}): choose a period inside it.`,
    );
  return indicators.map((i) => {
    const own = targets.filter((t) => t.indicatorId === i.id);
    const rolled = rollUpTargets(own, p, {
      cumulative: i.cumulative,
      sums: additive(i.code),
      counted: isBuiltin(i.code) ? actions.map((a) => a.startDate) : [],
    });
    let actual: number | null;
    if (isBuiltin(i.code)) actual = builtinValue(i.code, actionsIn(actions, i.cumulative ? null : p.start, p.end));
    else {
      const inside = own.filter((t) => {
        const tp = parsePeriod(t.period);
        return tp !== null && within(tp, p) && t.actual !== null;
      });
      const exact = own.find((t) => t.period === p.key);
      actual =
        exact?.actual ??
        (inside.length === 0
          ? null
          : i.cumulative
            ? (inside[inside.length - 1]?.actual ?? null)
            : Number(inside.reduce((s, t) => s + (t.actual ?? 0), 0).toPrecision(15)));
    }
    const baseline = rolled?.baseline ?? null;
    const target = rolled?.target ?? null;
    return { indicator: i.code, period: p.key, baseline, target, actual, achievement: achievement(actual, baseline, target) };
  });
}

/**
 * The programme `name` names: its exact name, else the one name equal to it up to case, accents,
 * spaces and punctuation, as a district's name is read (SiteLookup): "produzir mg - exemplo
 * ilustrativo" is "PRODUZIR MG — exemplo ilustrativo". Two such names are refused, both named.
 */
function findProgramme(repo: ProgrammeRepository, name: string): Programme {
  const exact = repo.byName(name) ?? repo.byName(name.trim());
  if (exact) return exact;
  const same = repo.lookAlikes(name);
  if (same.length === 1 && same[0]) return same[0];
  const quoted = (list: readonly Programme[]) => list.map((p) => `"${p.name}"`).join(', ');
  if (same.length > 1)
    throw new ArranjoError('NOT_FOUND', `"${name}" could be any of ${same.length} programmes (${quoted(same)}): write its name exactly.`);
  const all = repo.list();
  const names = quoted(all);
  throw new ArranjoError(
    'NOT_FOUND',
    `There is no programme named "${name}". ${all.length ? `Programmes: ${names}.` : 'Import actions or targets first (arranjo import).'}`,
  );
}
