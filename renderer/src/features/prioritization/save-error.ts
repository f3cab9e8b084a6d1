import { toEngineError } from '../../lib/engine-error';
import { translateError } from '../../notifications/notify-error';
import type { Draft } from './draft';
import type { PT } from './run-text';

const CRITERION_FIELDS = {
  source: 'criteria.source',
  label: 'criteria.label',
  weight: 'weights.weight',
  min: 'criteria.min',
  preference: 'criteria.preference',
} as const;

/**
 * A refused save, said where it happened: "Empregos 2020 — mínimo: the minimum (10) is above the
 * maximum (1)". The engine names the field as a path (`criteria.2.min`); the reason after it stays
 * the engine's sentence when it is not one of the common validation phrases.
 */
export function saveErrorText(error: unknown, draft: Draft, t: PT): string {
  const e = toEngineError(error);
  const field = typeof e.params.field === 'string' ? e.params.field : '';
  const reason = e.message.includes(': ') ? e.message.slice(e.message.indexOf(': ') + 2) : e.message;
  const criterion = /^criteria\.(\d+)\.(\w+)$/.exec(field);
  if (criterion) {
    const c = draft.criteria[Number(criterion[1])];
    const key = CRITERION_FIELDS[criterion[2] as keyof typeof CRITERION_FIELDS];
    return `${c?.label ?? ''} — ${key ? t(key) : criterion[2]}: ${reason}`;
  }
  const set = /^weightSets\.(\d+)\./.exec(field);
  if (set) return `${draft.weightSets[Number(set[1])]?.name ?? ''}: ${reason}`;
  if (field === 'ahpMatrix') return `${t('ahp.title')}: ${reason}`;
  if (field === 'name') return `${t('editor.name')}: ${e.code === 'CONSTRAINT' ? t('editor.nameTaken') : reason}`;
  if (field === 'alternatives' || field === 'criteria') return t('editor.frozenLocked');
  if (/^alternatives\./.test(field)) return `${t('alternatives.title')}: ${reason}`;
  if (field === 'topN') return `${t('editor.topN')}: ${reason}`;
  return translateError(error).message;
}
