import { builtinValue, type ActionFacts } from './rollup';
import type { BuiltinIndicator, Disaggregation, Indicator } from './types';
import { isBuiltin } from './types';

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
 * The breakdowns the actions can give an indicator: participants by sex, age group and territory
 * (actions count participants, women and youth); every other built-in by territory only (women,
 * say, are not counted by age). A custom indicator's entered values carry no breakdown.
 */
export function availableDimensions(code: string): Disaggregation[] {
  if (!isBuiltin(code)) return [];
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
