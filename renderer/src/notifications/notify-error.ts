import i18next from 'i18next';
import { resources } from '../i18n/resources';
import { toEngineError, type EngineErrorLike } from '../lib/engine-error';
import { notify } from './store';

const VALIDATION_MESSAGES = {
  'is required': 'errors.validation.required',
  'cannot be negative': 'errors.validation.negative',
  'must be a whole number': 'errors.validation.wholeNumber',
  'must be a number': 'errors.validation.number',
} as const;

type SiteField = keyof (typeof resources)['pt-BR']['translation']['sites']['fields'];
const SITE_FIELDS: ReadonlySet<string> = new Set(Object.keys(resources['pt-BR'].translation.sites.fields));
const isSiteField = (field: string): field is SiteField => SITE_FIELDS.has(field);

/** The translated field label for a site field named by the engine ("lotsTotal" → "Lotes (total)"). */
function fieldLabel(field: string): string {
  return isSiteField(field) ? i18next.t(`sites.fields.${field}`) : field;
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
    const reason = e.message.includes(': ') ? e.message.slice(e.message.indexOf(': ') + 2) : e.message;
    const known = VALIDATION_MESSAGES[reason as keyof typeof VALIDATION_MESSAGES];
    const translatedReason = known
      ? i18next.t(known)
      : / is already used/.test(reason)
        ? i18next.t('errors.validation.duplicate')
        : / is not an IBGE municipality code/.test(reason)
          ? i18next.t('errors.validation.municipality')
          : reason;
    message = field ? i18next.t('errors.fieldProblem', { field: fieldLabel(field), reason: translatedReason }) : translatedReason;
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
