import i18next, { type TFunction } from 'i18next';
import { fieldRefusal, type FieldRefusalParams } from '../../../../shared/domain/field-refusals';
import { toEngineError } from '../../lib/engine-error';
import { notify, type NotificationText } from '../../notifications/store';
import { errorWords, fieldReasonText, isRefusal, translateError } from '../../notifications/notify-error';

/**
 * A field refusal in the words of the indicator and value editors, or null when these editors have
 * no text of their own for it (the app's general words then say it, or the engine's).
 */
function refusalText(r: FieldRefusalParams, t: TFunction<'territories'>): string | null {
  switch (r.reason) {
    case 'at-most':
      return t('errors.atMost', { max: r.max });
    case 'at-least':
      return t('errors.atLeast', { min: r.min });
    case 'unknown-unit':
      return t('errors.unknownUnit', { unit: r.value });
    case 'whole-number':
      return t('errors.wholeNumber');
    case 'number':
      return t('errors.number');
    case 'negative':
      return t('errors.negative');
    case 'required':
      return t('errors.required');
    case 'built-in':
      return t('errors.builtIn');
    case 'code-chars':
      return t('errors.codeChars');
    case 'period-format':
      return t('errors.period');
    case 'duplicate':
      return t('errors.duplicate');
    case 'above':
    case 'below':
    case 'too-short':
    case 'too-long':
    case 'too-few-items':
    case 'too-many-items':
    case 'choice':
    case 'format':
    case 'criterion-source':
    case 'min-above-max':
    case 'has-values':
    case 'site-in-use':
    case 'not-a-municipality':
    case 'not-found':
    case 'ahp-matrix-missing':
    case 'weights-count':
    case 'matrix-size':
    case 'zero-weights':
    case 'frozen':
    case 'initiative-owned':
    case 'progress-below-previous':
    case 'progress-above-next':
    case 'before-start':
    case 'above-participants':
    case 'cnpj':
    case 'programme-period':
    case 'not-a-date':
    case 'above-other':
    case 'in-plan':
    case 'plan-exists':
    case 'prospect-exists':
    case 'sold-twice':
    case 'lot-taken':
    case 'no-municipality':
    case 'no-sector-jobs':
    case 'not-cnae':
    case 'outside-programme':
    case 'target-direction':
    case 'parts-without-actual':
    case 'parts-sum':
    case 'initiative-in-use':
    case 'leaves-outside':
    case 'measured-before':
    case 'invalid':
      return null;
    default: {
      const unknown: never = r;
      return String(unknown);
    }
  }
}

/**
 * The message shown at a refused cell of the indicator grids, in the user's language. The engine
 * names the field and the reason (`params.field`, `params.reason` with its values); an error that is
 * no field refusal goes through the app's general error translation.
 */
export function fieldErrorMessage(error: unknown, t: TFunction<'territories'>): string {
  const e = toEngineError(error);
  const refusal = fieldRefusal(e.params);
  if (!refusal) return translateError(error).message;
  const text = refusalText(refusal, t) ?? fieldReasonText(e);
  const field = typeof e.params.field === 'string' ? e.params.field : '';
  const label = field ? t(`errors.fields.${field.replace(/^\d+\./, '')}`, { defaultValue: field }) : '';
  return label ? `${label}: ${text}` : text;
}

/** A refused edit as a notification: the translated reason, the engine's own words as a detail. */
export function notifyFieldError(error: unknown, context: NotificationText): void {
  const words = errorWords(error);
  notify({
    kind: 'error',
    refusal: isRefusal(error),
    title: (lng) => `${context(lng)}: ${words(lng).title}`,
    message: (lng) => fieldErrorMessage(error, i18next.getFixedT(lng, 'territories')),
    details: (lng) => words(lng).details,
  });
}
