import { refuseField } from '../../rpc/validate';
import { AGE_PARTS, isBuiltin, SEX_PARTS, type Disaggregation, type Indicator } from './types';

type TargetRows = { period: string; actual: number | null; parts: { dimension: Disaggregation; part: string; value: number }[] }[];

const PARTS_OF: Record<Exclude<Disaggregation, 'territory'>, readonly string[]> = { sex: SEX_PARTS, age: AGE_PARTS };

/**
 * Checks the parts of a custom indicator's entered actuals before anything is written: only a custom
 * indicator has them (a built-in's come from its actions), only for a dimension it asks for, with
 * known parts (women/men, youth/other, an IBGE municipality), each part once, and each dimension's
 * parts adding up to the period's actual. A refusal names the field (`targets.<i>.parts`).
 */
export function checkActualParts(
  indicator: Pick<Indicator, 'code' | 'disaggregation'>,
  targets: TargetRows,
  municipalityExists: (code: number) => boolean,
): void {
  targets.forEach((t, i) => {
    if (t.parts.length === 0) return;
    const field = `targets.${i}.parts`;
    if (isBuiltin(indicator.code))
      throw refuseField(
        field,
        'invalid',
        {},
        `${indicator.code} is computed from the actions: its parts come from them and cannot be entered.`,
      );
    if (t.actual === null)
      throw refuseField(
        field,
        'parts-without-actual',
        { period: t.period },
        `period ${t.period} has parts but no actual: enter the actual they add up to.`,
      );
    const sums = new Map<Disaggregation, number>();
    const seen = new Set<string>();
    for (const p of t.parts) {
      if (!indicator.disaggregation.includes(p.dimension))
        throw refuseField(
          field,
          'choice',
          { options: indicator.disaggregation.join(',') },
          `${indicator.code} is not broken down by ${p.dimension}: add it to the indicator's disaggregations first.`,
        );
      const known =
        p.dimension === 'territory' ? /^\d{7}$/.test(p.part) && municipalityExists(Number(p.part)) : PARTS_OF[p.dimension].includes(p.part);
      if (!known)
        throw refuseField(
          field,
          p.dimension === 'territory' ? 'not-a-municipality' : 'choice',
          p.dimension === 'territory' ? { value: p.part, count: 1 } : { options: PARTS_OF[p.dimension].join(',') },
          `"${p.part}" is not a part of ${p.dimension} (period ${t.period}).`,
        );
      const key = `${p.dimension}|${p.part}`;
      if (seen.has(key))
        throw refuseField(field, 'duplicate', { value: p.part }, `period ${t.period}: ${p.dimension} "${p.part}" is given twice.`);
      seen.add(key);
      sums.set(p.dimension, (sums.get(p.dimension) ?? 0) + p.value);
    }
    for (const [dimension, sum] of sums) {
      if (Math.abs(sum - t.actual) > 1e-9 * Math.max(1, Math.abs(t.actual)))
        throw refuseField(
          field,
          'parts-sum',
          { period: t.period, dimension, sum, actual: t.actual },
          `period ${t.period}: the parts by ${dimension} add up to ${sum}, not to the actual ${t.actual}: correct a part or the actual.`,
        );
    }
  });
}
