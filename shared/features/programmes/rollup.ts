import { comparePeriods, parsePeriod, within, type Period } from './periods';
import type { Action, BuiltinIndicator, Indicator, MonitorRow, Rag, Target } from './types';
import { isBuiltin } from './types';

/** The fields of an action the roll-ups read (a grid row or an imported record both have them). */
export type ActionFacts = Pick<
  Action,
  'code' | 'municipalityCode' | 'startDate' | 'participants' | 'women' | 'youth' | 'enterprisesFormed' | 'enterprisesLegalized'
>;

const tidy = (x: number): number => Number(x.toPrecision(15));

/** The actions whose start date falls in [start, end] (ISO days): the ones behind a period's actual. */
export function actionsIn<A extends ActionFacts>(actions: readonly A[], start: string | null, end: string): A[] {
  return actions.filter((a) => a.startDate <= end && (start === null || a.startDate >= start));
}

/**
 * A built-in indicator over a set of actions: the sum of its field, the number of actions, or
 * (municipalities) the number of distinct territories with an action.
 */
export function builtinValue(code: BuiltinIndicator, actions: readonly ActionFacts[]): number {
  switch (code) {
    case 'actions':
      return actions.length;
    case 'municipalities':
      return new Set(actions.map((a) => a.municipalityCode)).size;
    case 'participants':
      return actions.reduce((s, a) => s + a.participants, 0);
    case 'women':
      return actions.reduce((s, a) => s + a.women, 0);
    case 'youth':
      return actions.reduce((s, a) => s + a.youth, 0);
    case 'enterprises_formed':
      return actions.reduce((s, a) => s + a.enterprisesFormed, 0);
    case 'enterprises_legalized':
      return actions.reduce((s, a) => s + a.enterprisesLegalized, 0);
  }
}

/** (actual − baseline) / (target − baseline); null when target = baseline or a term is missing. */
export function achievement(actual: number | null, baseline: number | null, target: number | null): number | null {
  if (actual === null || target === null) return null;
  const base = baseline ?? 0;
  if (target === base) return null;
  return tidy((actual - base) / (target - base));
}

/** Green at or above `green`, amber at or above `amber`, red below; none without an achievement. */
export function ragOf(value: number | null, thresholds: { green: number; amber: number }): Rag | null {
  if (value === null) return null;
  if (value >= thresholds.green) return 'green';
  if (value >= thresholds.amber) return 'amber';
  return 'red';
}

/** Whether an indicator's value over a period is the sum of its values over the period's parts (a distinct count is not). */
export function additive(code: string): boolean {
  return code !== 'municipalities';
}

/**
 * A period's target from finer ones (a year from its quarters), only where they speak for the
 * period's actual: every date the actual counts (`counted`: the actions' start days of a built-in)
 * lies in a part with a target, or up to the last one for a cumulative indicator. Per-period
 * targets then add up, each part once, when the indicator adds up (not a distinct count: the
 * municipalities reached in a year are not the sum of each quarter's); a cumulative one is its last
 * target. The baseline is the earliest's (a cumulative one) or their sum. Null otherwise: a year whose only target is its first
 * quarter's, with actions all year, read as 233 % achieved.
 */
export function rollUpTargets(
  targets: readonly Pick<Target, 'period' | 'baseline' | 'target'>[],
  outer: Period,
  options: { cumulative: boolean; sums: boolean; counted: readonly string[] },
): { baseline: number; target: number } | null {
  const exact = targets.find((t) => t.period === outer.key);
  if (exact) return { baseline: exact.baseline, target: exact.target };
  const inside = targets
    .map((t) => ({ t, p: parsePeriod(t.period) }))
    .filter((x): x is { t: (typeof targets)[number]; p: Period } => x.p !== null && within(x.p, outer))
    .sort((a, b) => comparePeriods(a.t.period, b.t.period));
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return null;
  const covered = (day: string): boolean =>
    options.cumulative ? day <= last.p.end : inside.some(({ p }) => p.start <= day && day <= p.end);
  if (options.counted.some((day) => day >= outer.start && day <= outer.end && !covered(day))) return null;
  if (options.cumulative) return { baseline: first.t.baseline, target: last.t.target };
  if (!options.sums || inside.some(({ p }, i) => i > 0 && p.start <= (inside[i - 1]?.p.end ?? ''))) return null;
  // The baselines add up with the targets (a year of quarters each 40 days at baseline is 160 days).
  return { baseline: tidy(inside.reduce((s, x) => s + x.t.baseline, 0)), target: tidy(inside.reduce((s, x) => s + x.t.target, 0)) };
}

export type MonitorView = 'native' | 'per-period' | 'cumulative';

interface Thresholds {
  green: number;
  amber: number;
}

/**
 * Target against actual for each period the indicator has a target for. A built-in's actual sums
 * the actions that start in the period (DESIGN §10); a custom one's is the value entered. Views:
 * `native` as the targets were set; `cumulative` running totals (a built-in counts every action up to the period's end);
 * `per-period` each period alone (a cumulative target becomes its increase over the previous).
 */
export function monitorIndicator(
  indicator: Pick<Indicator, 'id' | 'code' | 'name' | 'cumulative'>,
  targets: readonly Target[],
  actions: readonly ActionFacts[],
  thresholds: Thresholds,
  view: MonitorView = 'native',
): MonitorRow[] {
  const rows = targets
    .map((t) => ({ t, p: parsePeriod(t.period) }))
    .filter((x): x is { t: Target; p: Period } => x.p !== null)
    .sort((a, b) => comparePeriods(a.t.period, b.t.period));
  const cumulativeView = view === 'native' ? indicator.cumulative : view === 'cumulative';
  const builtin = isBuiltin(indicator.code) ? indicator.code : null;
  const periodActual = (t: Target, p: Period, previous: Target | undefined): number | null => {
    if (builtin) return builtinValue(builtin, actionsIn(actions, p.start, p.end));
    if (t.actual === null) return null;
    // Entered actuals follow the indicator's convention, like its targets.
    if (indicator.cumulative) return previous?.actual != null ? tidy(t.actual - previous.actual) : t.actual;
    return t.actual;
  };
  const out: MonitorRow[] = [];
  let runningBaseline = 0;
  let runningTarget = 0;
  let runningActual: number | null = 0;
  rows.forEach(({ t, p }, i) => {
    const previous = rows[i - 1]?.t;
    // A period's own baseline moves with its own target: a cumulative indicator's increase over the
    // previous period starts from that period's level (its baselines' difference, 0 when they are
    // equal), and running totals add each period's baseline as they add its target (a baseline of
    // 40 days against targets summed to 55 turned a lower-is-better indicator upside down).
    const ownBaseline = indicator.cumulative && previous ? tidy(t.baseline - previous.baseline) : t.baseline;
    const ownTarget = indicator.cumulative ? (previous ? tidy(t.target - previous.target) : t.target) : t.target;
    const own = periodActual(t, p, previous);
    runningBaseline = tidy(runningBaseline + ownBaseline);
    runningTarget = tidy(runningTarget + ownTarget);
    runningActual = runningActual === null || own === null ? null : tidy(runningActual + own);
    let actual: number | null;
    if (!cumulativeView) actual = own;
    // Everything done so far, gaps between target periods included.
    else if (builtin) actual = builtinValue(builtin, actionsIn(actions, null, p.end));
    else actual = runningActual;
    const target = cumulativeView ? runningTarget : ownTarget;
    const baseline = cumulativeView ? runningBaseline : ownBaseline;
    const value = achievement(actual, baseline, target);
    out.push({
      indicatorId: indicator.id,
      indicator: indicator.code,
      name: indicator.name,
      period: t.period,
      baseline,
      target,
      actual,
      achievement: value,
      rag: ragOf(value, thresholds),
    });
  });
  return out;
}
