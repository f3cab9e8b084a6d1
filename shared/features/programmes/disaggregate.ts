import { builtinValue, type ActionFacts } from './rollup';
import type { ActualPart, BuiltinIndicator, Disaggregation, Indicator } from './types';
import { comparePeriods } from './periods';
import { DISAGGREGATIONS, isBuiltin } from './types';

/** One part of an indicator's value: women, men; youth, others; or one municipality. */
export interface DisaggregationPart {
  /** women | men | youth | other, or the municipality's IBGE code. */
  key: string;
  /** The municipality's name (territory only). */
  name: string | null;
  value: number;
}

export interface DisaggregationTable {
  dimension: Disaggregation;
  parts: DisaggregationPart[];
}

/**
 * The breakdowns an indicator can have: participants by sex, age group and territory (actions count
 * participants, women and youth); every other built-in by territory only (women, say, are not counted
 * by age); a custom indicator by any of them, entered with its actuals.
 */
export function availableDimensions(code: string): Disaggregation[] {
  if (!isBuiltin(code)) return [...DISAGGREGATIONS];
  return code === 'participants' ? ['sex', 'age', 'territory'] : ['territory'];
}

type Facts = ActionFacts & { municipalityName: string | null };

const sum = (actions: readonly Facts[], pick: (a: Facts) => number): number => actions.reduce((s, a) => s + pick(a), 0);

function table(code: BuiltinIndicator, dimension: Disaggregation, actions: readonly Facts[]): DisaggregationTable {
  if (dimension === 'sex') {
    const women = sum(actions, (a) => a.women);
    return {
      dimension,
      parts: [
        { key: 'women', name: null, value: women },
        { key: 'men', name: null, value: sum(actions, (a) => a.participants) - women },
      ],
    };
  }
  if (dimension === 'age') {
    const youth = sum(actions, (a) => a.youth);
    return {
      dimension,
      parts: [
        { key: 'youth', name: null, value: youth },
        { key: 'other', name: null, value: sum(actions, (a) => a.participants) - youth },
      ],
    };
  }
  const by = new Map<number, Facts[]>();
  for (const a of actions) by.set(a.municipalityCode, [...(by.get(a.municipalityCode) ?? []), a]);
  const parts = [...by].map(([place, group]) => ({
    key: String(place),
    name: group[0]?.municipalityName ?? null,
    value: builtinValue(code, group),
  }));
  return { dimension, parts: parts.sort((a, b) => b.value - a.value || (a.name ?? '').localeCompare(b.name ?? '')) };
}

/**
 * The indicator's actual over these actions, broken down by each dimension it asks for that the
 * actions can give; each table's parts add up to the actual.
 */
export function disaggregate(indicator: Pick<Indicator, 'code' | 'disaggregation'>, actions: readonly Facts[]): DisaggregationTable[] {
  const code = indicator.code;
  if (!isBuiltin(code)) return [];
  const available = availableDimensions(code);
  return indicator.disaggregation.filter((d) => available.includes(d)).map((d) => table(code, d, actions));
}

/**
 * A custom indicator's entered actual in a period by its parts. In its own convention (`native`)
 * the parts as entered; a per-period indicator seen cumulatively sums each part over its periods up
 * to this one; a cumulative indicator seen per period takes each part less the previous period's.
 */
export function disaggregateEntered(
  indicator: Pick<Indicator, 'disaggregation' | 'cumulative'>,
  parts: readonly ActualPart[],
  period: string,
  view: 'native' | 'per-period' | 'cumulative',
): DisaggregationTable[] {
  const cumulative = view === 'native' ? indicator.cumulative : view === 'cumulative';
  const periods = [...new Set(parts.map((p) => p.period))].sort(comparePeriods);
  const upTo = periods.filter((p) => comparePeriods(p, period) <= 0);
  const previous = upTo.filter((p) => p !== period).at(-1) ?? null;
  const sign = (p: ActualPart): number => {
    if (cumulative === indicator.cumulative) return p.period === period ? 1 : 0;
    if (cumulative) return upTo.includes(p.period) ? 1 : 0; // running total of per-period parts
    return p.period === period ? 1 : p.period === previous ? -1 : 0; // this period less the previous one
  };
  if (!parts.some((p) => p.period === period)) return [];
  return indicator.disaggregation.flatMap((dimension) => {
    const by = new Map<string, DisaggregationPart>();
    for (const p of parts) {
      const k = sign(p);
      if (p.dimension !== dimension || k === 0) continue;
      const part = by.get(p.part) ?? { key: p.part, name: p.name, value: 0 };
      part.value = Number((part.value + k * p.value).toPrecision(15));
      by.set(p.part, part);
    }
    if (by.size === 0) return [];
    return [{ dimension, parts: [...by.values()].sort((a, b) => b.value - a.value || (a.name ?? a.key).localeCompare(b.name ?? b.key)) }];
  });
}
