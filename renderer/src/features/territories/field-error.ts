import type { TFunction } from 'i18next';
import { toEngineError } from '../../lib/engine-error';
import { notify } from '../../notifications/store';
import { translateError } from '../../notifications/notify-error';

/**
 * The message shown at a refused cell of the indicator grids, in the user's language. The engine
 * says what is wrong in English words the catalog and value editors know; anything else goes
 * through the app's general error translation.
 */
export function fieldErrorMessage(error: unknown, t: TFunction<'compare'>): string {
  const e = toEngineError(error);
  const reason = e.message.includes(': ') ? e.message.slice(e.message.indexOf(': ') + 2) : e.message;
  const field = typeof e.params.field === 'string' ? e.params.field : '';
  const label = field ? t(`errors.fields.${field.replace(/^\d+\./, '')}`, { defaultValue: field }) : '';
  let text: string | null = null;
  let m: RegExpMatchArray | null;
  if ((m = /^must be at most (-?[\d.]+)/.exec(reason))) text = t('errors.atMost', { max: m[1] });
  else if ((m = /^must be at least (-?[\d.]+)/.exec(reason))) text = t('errors.atLeast', { min: m[1] });
  else if (/^"(.*)" is not a known unit/.test(reason)) text = t('errors.unknownUnit', { unit: /^"(.*)"/.exec(reason)?.[1] ?? '' });
  else if (/^must be a whole number/.test(reason)) text = t('errors.wholeNumber');
  else if (/^must be a number/.test(reason)) text = t('errors.number');
  else if (/^cannot be negative/.test(reason)) text = t('errors.negative');
  else if (/^is required/.test(reason)) text = t('errors.required');
  else if (/cannot change on a built-in indicator/.test(reason)) text = t('errors.builtIn');
  else if (/^may only hold/.test(reason)) text = t('errors.codeChars');
  else if (/^must be a year/.test(reason)) text = t('errors.period');
  else if (/is already used/.test(reason)) text = t('errors.duplicate');
  if (text === null) return translateError(error).message;
  return label ? `${label}: ${text}` : text;
}

/** A refused edit as a notification: the translated reason, the engine's own words as a detail. */
export function notifyFieldError(error: unknown, context: string, t: TFunction<'compare'>): void {
  const { title, details } = translateError(error);
  notify({ kind: 'error', title: `${context}: ${title}`, message: fieldErrorMessage(error, t), details });
}
