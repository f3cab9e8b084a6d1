import type { TFunction } from 'i18next';
import type { ExclusionReason, RunCriterion, RunWarning, ScenarioRun } from '../../../../shared/features/prioritization/types';
import { scenarioRefusal } from '../../../../shared/features/prioritization/scenario-refusals';
import { formatNumber } from './format';
import type { Locale } from '../../i18n/locales';
import { toEngineError } from '../../lib/engine-error';
import { formatDateTime } from '../../i18n/format';
import { crText } from '../../components/weights/cr-text';
import { criterionFieldText } from './save-error';

export type PT = TFunction<'prioritization'>;

const num = (x: number, locale: Locale) => (Number.isFinite(x) ? formatNumber(x, locale, 4) : '–');
const criterionName = (criteria: readonly Pick<RunCriterion, 'label'>[], j: number) => criteria[j]?.label ?? String(j + 1);

/**
 * Each stakeholder's agreement with the consensus, as the text after the table lists it: "FIEMG:
 * 0,87 · Agência: 1,00" (it read "Parte 1 1 · Parte 2 1", a name and its τ run together).
 */
export function agreementList(names: readonly string[], taus: readonly (number | null)[], locale: Locale): string {
  return names.map((name, k) => `${name}: ${typeof taus[k] === 'number' ? formatNumber(taus[k], locale, 2, 2) : '–'}`).join(' · ');
}

/** A run warning in the user's language. */
export function warningText(w: RunWarning, criteria: readonly Pick<RunCriterion, 'label'>[], t: PT, locale: Locale): string {
  switch (w.code) {
    case 'constant-criterion':
      return t('warnings.constant', {
        criterion: criterionName(criteria, Number(w.params.criterion)),
        value: num(Number(w.params.value), locale),
      });
    case 'weights-sum':
      return t('warnings.weightsSum', { sum: formatNumber(Number(w.params.sum), locale, 2) });
    case 'top-n-reduced':
      return t('warnings.topNReduced', { requested: w.params.requested ?? '', used: w.params.used ?? '', ranked: w.params.ranked ?? '' });
    case 'frozen':
      return t('warnings.frozen', { date: formatDateTime(String(w.params.at), locale) });
    case 'ahp-inconsistent':
      return t('warnings.ahpInconsistent', {
        cr: crText(Number(w.params.cr), locale),
        threshold: formatNumber(Number(w.params.threshold), locale, 2),
      });
  }
}

/** Why an alternative was left out, in the user's language. */
export function reasonText(r: ExclusionReason, criteria: readonly Pick<RunCriterion, 'label'>[], t: PT, locale: Locale): string {
  switch (r.kind) {
    case 'missing':
      return t('reasons.missing', { criterion: criterionName(criteria, r.criterion) });
    case 'below-min':
      return t('reasons.belowMin', {
        criterion: criterionName(criteria, r.criterion),
        value: num(r.value, locale),
        threshold: num(r.threshold, locale),
      });
    case 'above-max':
      return t('reasons.aboveMax', {
        criterion: criterionName(criteria, r.criterion),
        value: num(r.value, locale),
        threshold: num(r.threshold, locale),
      });
    case 'not-found':
      return t('reasons.notFound');
  }
}

/** "Betim, População 2022: 412.345 (mediana dos 12 valores conhecidos)". */
export function imputedText(
  i: ScenarioRun['imputed'][number],
  criteria: readonly Pick<RunCriterion, 'label'>[],
  t: PT,
  locale: Locale,
): string {
  const rule = i.policy === 'mean' || i.policy === 'median' || i.policy === 'worst' ? t(`imputed.${i.policy}`, { count: i.known }) : i.rule;
  return t('imputed.line', { alternative: i.label, criterion: criterionName(criteria, i.criterion), value: num(i.value, locale), rule });
}

/**
 * A refused run or analysis in the user's language, by the reason the engine names in
 * `params.reason`, or a refused field of a criterion of the draft; null for any other error (the app's general translation then says it).
 */
export function runErrorText(error: unknown, t: PT): string | null {
  const r = scenarioRefusal(toEngineError(error).params);
  // A draft is checked as a save would be: a refused criterion field is said as the editor says it.
  if (!r) return criterionFieldText(error, t);
  switch (r.reason) {
    case 'no-criteria':
      return t('errors.noCriteria');
    case 'too-few':
      return t('errors.tooFew', { ranked: r.ranked, excluded: r.excluded });
    case 'zero-weights':
      return t('errors.zeroWeights');
    case 'no-weight-sets':
      return t('errors.noWeightSets');
    case 'compare-two':
      return t('errors.compareTwo');
    case 'all-constant':
      return t('errors.allConstant');
    case 'negative-values':
      return t('errors.negativeValues');
    case 'no-values':
      return t('errors.noValues', { criterion: r.label });
    default: {
      const unknown: never = r;
      return String(unknown);
    }
  }
}
