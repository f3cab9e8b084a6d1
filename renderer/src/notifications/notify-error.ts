import i18next from 'i18next';
import { fieldRefusal, type FieldRefusalParams } from '../../../shared/domain/field-refusals';
import { resources } from '../i18n/resources';
import { toEngineError, type EngineErrorLike } from '../lib/engine-error';
import { notify } from './store';

type SiteField = keyof (typeof resources)['pt-BR']['translation']['sites']['fields'];
const SITE_FIELDS: ReadonlySet<string> = new Set(Object.keys(resources['pt-BR'].translation.sites.fields));
const isSiteField = (field: string): field is SiteField => SITE_FIELDS.has(field);

/** The translated field label for a site field named by the engine ("lotsTotal" → "Lotes (total)"). */
function fieldLabel(field: string): string {
  return isSiteField(field) ? i18next.t(`sites.fields.${field}`) : field;
}

/** A field refusal in the app's general words, or null when they have none for it. */
function validationText(r: FieldRefusalParams): string | null {
  switch (r.reason) {
    case 'required':
      return i18next.t('errors.validation.required');
    case 'negative':
      return i18next.t('errors.validation.negative');
    case 'whole-number':
      return i18next.t('errors.validation.wholeNumber');
    case 'number':
      return i18next.t('errors.validation.number');
    case 'duplicate':
      return i18next.t('errors.validation.duplicate');
    case 'not-a-municipality':
      return i18next.t('errors.validation.municipality');
    case 'at-least':
    case 'at-most':
    case 'too-short':
    case 'too-long':
    case 'too-few-items':
    case 'too-many-items':
    case 'choice':
    case 'format':
    case 'code-chars':
    case 'period-format':
    case 'criterion-source':
    case 'min-above-max':
    case 'unknown-unit':
    case 'built-in':
    case 'has-values':
    case 'not-found':
    case 'ahp-matrix-missing':
    case 'weights-count':
    case 'matrix-size':
    case 'frozen':
    case 'invalid':
      return null;
    default: {
      const unknown: never = r;
      return String(unknown);
    }
  }
}

/**
 * Why a field's value was refused, without the field: translated by `params.reason` when the app
 * has words for it, else the engine's own (the part of its message after "field: ").
 */
export function fieldReasonText(error: EngineErrorLike): string {
  const refusal = fieldRefusal(error.params);
  const translated = refusal ? validationText(refusal) : null;
  if (translated !== null) return translated;
  const { message } = error;
  return message.includes(': ') ? message.slice(message.indexOf(': ') + 2) : message;
}

/** "Arquivo: x.arranjo · Linha 12 · Coluna Ano" — where the problem is, translated. */
export function describeLocationText(error: EngineErrorLike): string | null {
  const { file, sheet, row, column } = error.location;
  const parts: string[] = [];
  if (file) parts.push(i18next.t('errors.location.file', { file }));
  if (sheet) parts.push(i18next.t('errors.location.sheet', { sheet }));
  if (row !== undefined) parts.push(i18next.t('errors.location.row', { row }));
  if (column && error.code !== 'INVALID_INPUT') parts.push(i18next.t('errors.location.column', { column }));
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * The user-facing text of an engine error: translated by its code, with the field or file it is
 * about. The engine's own (English) message stays available as a detail line.
 */
export function translateError(error: unknown): { title: string; message: string; details: string[]; raw: EngineErrorLike } {
  const e = toEngineError(error);
  const file = e.location.file ?? '';
  const title = i18next.t(`errors.title.${e.code}`);
  let message: string;
  if (e.code === 'INVALID_INPUT' || e.code === 'CONSTRAINT') {
    const field = typeof e.params.field === 'string' ? e.params.field : (e.location.column ?? '');
    const reason = fieldReasonText(e);
    message = field ? i18next.t('errors.fieldProblem', { field: fieldLabel(field), reason }) : reason;
  } else {
    message = i18next.t(`errors.message.${e.code}`, { file });
  }
  const details: string[] = [];
  const where = describeLocationText(e);
  if (where) details.push(where);
  if (e.message && e.message !== message) details.push(i18next.t('errors.engineSays', { message: e.message }));
  return { title, message, details, raw: e };
}

export function notifyError(error: unknown, context?: string): void {
  const { title, message, details } = translateError(error);
  notify({ kind: 'error', title: context ? `${context}: ${title}` : title, message, details });
}
