import type { TFunction } from 'i18next';
import { IMPORT_REFUSALS, isImportRefusal, type ImportRefusal } from '../../../../shared/domain/import-codes';
import { toEngineError } from '../../lib/engine-error';
import { describeLocationText, translateError } from '../../notifications/notify-error';

/**
 * The refusals of the import engine (its `params.reason`, shared/domain/import-codes.ts), each with a
 * translated title, what happened and what to do; the keys are typed by the list, so a reason without
 * its texts fails the type check. Reasons not listed fall back to the app's general error texts.
 */
export { IMPORT_REFUSALS, isImportRefusal, type ImportRefusal };

export interface ImportErrorText {
  reason: ImportRefusal | null;
  title: string;
  /** What happened, in the user's language. */
  message: string;
  /** What to do about it; null when there is nothing more to say. */
  action: string | null;
  /** "Arquivo: x.csv · Planilha: Plan1 · Linha: 12 · Coluna: Ano", or null. */
  where: string | null;
  /** The engine's own English words, kept as a detail line. */
  engineMessage: string;
}

/** An import error as the wizard shows it: what, where (file, sheet, row, column) and what to do. */
export function translateImportError(error: unknown, t: TFunction<'importer'>): ImportErrorText {
  const e = toEngineError(error);
  const reason = isImportRefusal(e.params.reason) ? e.params.reason : null;
  const where = describeLocationText(e);
  if (reason === null) {
    const general = translateError(error);
    return { reason, title: general.title, message: general.message, action: null, where, engineMessage: e.message };
  }
  const values = {
    file: e.location.file ?? '',
    sheet: e.location.sheet ?? '',
    errors: Number(e.params.errors ?? 0),
    template: String(e.params.template ?? ''),
    column: String(e.params.column ?? e.location.column ?? ''),
    row: Number(e.params.row ?? e.location.row ?? 0),
    // source-conflict: which stored values, from where, and the code suggested for a series apart.
    count: Number(e.params.count ?? 0),
    indicator: String(e.params.indicator ?? ''),
    period: String(e.params.period ?? ''),
    stored: String(e.params.storedSource ?? ''),
    suggested: String(e.params.suggested ?? ''),
    interpolation: { escapeValue: false },
  };
  return {
    reason,
    title: t(`refusals.${reason}.title`),
    message: t(`refusals.${reason}.message`, values),
    action: t(`refusals.${reason}.action`, values),
    where,
    engineMessage: e.message,
  };
}

/** A cancel is the user's own doing: said quietly, not as an error. */
export function isCancelled(error: unknown): boolean {
  return toEngineError(error).params.reason === 'cancelled';
}
