import type { TFunction } from 'i18next';
import type { AhpRefusalParams } from '../../../../shared/analysis/mcda/ahp-refusals';
import { judgementText } from './ahp-matrix';

/**
 * Why the judgements give no weights, in the UI language and with the criteria's names where the
 * engine says row and column ("Empregos × Renda vale 12, fora da escala de Saaty…"); for a judgement
 * the editor can set, how to correct it. `decimal`: the UI language's decimal mark.
 */
export function ahpRefusalText(r: AhpRefusalParams, names: readonly string[], t: TFunction<'prioritization'>, decimal: string): string {
  const name = (k: number) => names[k - 1] ?? String(k);
  const j = (v: number) => judgementText(v, decimal);
  const reason = ((): string => {
    switch (r.reason) {
      case 'ahp-too-small':
        return t('ahp.refused.tooSmall');
      case 'ahp-too-large':
        return t('ahp.refused.tooLarge', { size: r.size, max: r.max });
      case 'ahp-row-length':
        return t('ahp.refused.rowLength', { row: name(r.row), count: r.count, size: r.size });
      case 'ahp-not-number':
        return t('ahp.refused.notNumber', { row: name(r.row), column: name(r.column) });
      case 'ahp-not-positive':
        return t('ahp.refused.notPositive', { row: name(r.row), column: name(r.column), value: String(r.value).replace('.', decimal) });
      case 'ahp-off-scale':
        return t('ahp.refused.offScale', { row: name(r.row), column: name(r.column), value: j(r.value) });
      case 'ahp-diagonal':
        return t('ahp.refused.diagonal', { row: name(r.row), value: j(r.value) });
      case 'ahp-not-reciprocal':
        return t('ahp.refused.notReciprocal', {
          row: name(r.row),
          column: name(r.column),
          value: j(r.value),
          other: j(r.other),
          expected: j(r.expected),
        });
    }
  })();
  const text = t('ahp.invalidStored', { reason });
  // The diagonal is not a judgement the editor sets: its action puts 1 back in every diagonal cell.
  if (onDiagonal(r)) return `${text} ${t('ahp.resetDiagonalHint', { action: t('ahp.resetDiagonal') })}`;
  // A judgement off the diagonal is one the editor sets (with its mirror): choosing it again corrects it.
  const settable =
    r.reason === 'ahp-not-number' || r.reason === 'ahp-not-positive' || r.reason === 'ahp-off-scale' || r.reason === 'ahp-not-reciprocal';
  return settable ? `${text} ${t('ahp.chooseAgain')}` : text;
}

/**
 * Whether the refused value is on the diagonal (a criterion compared with itself: 1.5, 0, not a
 * number), which the editor shows but does not let set: the planner corrects it with the editor's
 * "set the diagonal to 1" (`withUnitDiagonal`).
 */
export function onDiagonal(r: AhpRefusalParams): boolean {
  return r.reason === 'ahp-diagonal' || ('column' in r && r.row === r.column);
}
