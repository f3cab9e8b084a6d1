import i18next from 'i18next';
import { ahpRefusal } from '../../../../shared/analysis/mcda/ahp-refusals';
import { fieldRefusal } from '../../../../shared/domain/field-refusals';
import { ahpRefusalText } from '../../components/weights/ahp-refusal-text';
import { formatNumber } from '../../i18n/format';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales';
import type { AlternativeRef } from '../../../../shared/features/prioritization/types';
import { toEngineError, type EngineErrorLike } from '../../lib/engine-error';
import { fieldReasonText, translateError } from '../../notifications/notify-error';
import type { Draft } from './draft';
import type { PT } from './run-text';

const CRITERION_FIELDS = {
  source: 'criteria.source',
  label: 'criteria.label',
  weight: 'weights.weight',
  min: 'criteria.min',
  preference: 'criteria.preference',
  q: 'criteria.q',
  p: 'criteria.p',
  s: 'criteria.s',
} as const;

/**
 * Why the value was refused, from `params.reason`: in the scenario editor's words where it has its
 * own, else in the app's general ones (the engine's English words when neither has any).
 */
function reasonText(e: EngineErrorLike, t: PT): string {
  const refusal = fieldRefusal(e.params);
  if (refusal?.reason === 'min-above-max') return t('errors.minAboveMax', { min: refusal.min, max: refusal.max });
  if (refusal?.reason === 'duplicate' && e.params.field === 'name') return t('editor.nameTaken');
  return fieldReasonText(e);
}

/**
 * Why an alternative was refused (`alternatives.<index>`): listed twice, a site that no longer
 * exists, a code that is no municipality; null for another reason (the general words then say it).
 */
function alternativeText(e: EngineErrorLike, ref: AlternativeRef | undefined, t: PT): string | null {
  const refusal = fieldRefusal(e.params);
  switch (refusal?.reason) {
    case 'duplicate':
      return t('errors.alternativeTwice', { alternative: refusal.value });
    case 'not-found':
      return ref?.kind === 'site' ? t('errors.siteMissing', { code: refusal.value }) : null;
    case 'not-a-municipality':
      return t('errors.notMunicipality', { code: refusal.value });
    default:
      return null;
  }
}

/**
 * A refused field of a criterion (`criteria.<j>.<field>`), said with the criterion's name: "Empregos
 * 2020 — Limiar de preferência p: deve ser maior que 0"; null for any other error. The name is the
 * draft's (`labelOf`) or, for a run of the draft, the one the engine put in `params.label`.
 */
export function criterionFieldText(error: unknown, t: PT, labelOf: (j: number) => string | undefined = () => undefined): string | null {
  const e = toEngineError(error);
  const field = typeof e.params.field === 'string' ? e.params.field : '';
  const criterion = /^criteria\.(\d+)\.(\w+)$/.exec(field);
  if (!criterion) return null;
  const label = labelOf(Number(criterion[1])) ?? (typeof e.params.label === 'string' ? e.params.label : '');
  const key = CRITERION_FIELDS[criterion[2] as keyof typeof CRITERION_FIELDS];
  return `${label} — ${key ? t(key) : criterion[2]}: ${reasonText(e, t)}`;
}

/** The UI language's decimal mark ("," in pt-BR and es). */
const decimalMark = (): string => formatNumber(1.5, isLocale(i18next.language) ? i18next.language : DEFAULT_LOCALE, 1).charAt(1);

/**
 * A refused save, said where it happened: "Empregos 2020 — Mínimo: o mínimo (10) é maior que o
 * máximo (1)". The engine names the field as a path (`criteria.2.min`) and the reason in
 * `params.reason`.
 */
export function saveErrorText(error: unknown, draft: Draft, t: PT): string {
  const e = toEngineError(error);
  const field = typeof e.params.field === 'string' ? e.params.field : '';
  if (fieldRefusal(e.params)?.reason === 'frozen') return t('editor.frozenLocked');
  const reason = reasonText(e, t);
  const criterion = criterionFieldText(e, t, (j) => draft.criteria[j]?.label);
  if (criterion !== null) return criterion;
  const set = /^weightSets\.(\d+)\./.exec(field);
  // Judgements that give no weights (a 12 stored by an older version): said with the criteria's names.
  const ahp = /^(weightSets\.\d+\.)?ahpMatrix$/.test(field) ? ahpRefusal({ ...e.params, reason: e.params.ahpReason ?? '' }) : null;
  const ahpText = ahp
    ? ahpRefusalText(
        ahp,
        draft.criteria.map((c) => c.label),
        t,
        decimalMark(),
      )
    : null;
  if (set) return `${draft.weightSets[Number(set[1])]?.name ?? ''}: ${ahpText ?? reason}`;
  if (field === 'ahpMatrix') return `${t('ahp.title')}: ${ahpText ?? reason}`;
  if (field === 'name') return `${t('editor.name')}: ${reason}`;
  const alternative = /^alternatives\.(\d+)/.exec(field);
  if (alternative) {
    const text = alternativeText(e, draft.alternatives[Number(alternative[1])], t) ?? reason;
    return `${t('alternatives.title', { count: draft.alternatives.length })}: ${text}`;
  }
  if (field === 'topN') return `${t('editor.topN')}: ${reason}`;
  return translateError(error).message;
}
