import { cnpjCharacters, formatCnpj } from '../../../../shared/features/attraction/cnpj';
import type { ProspectPatch } from '../../../../shared/features/attraction/schemas';
import type { Prospect } from '../../../../shared/features/attraction/types';
import { parseShortDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

type TextKey = 'company' | 'cnpj' | 'cnae' | 'contact' | 'nextAction' | 'nextActionDate' | 'notes';
type NumberKey = 'investment' | 'jobs' | 'areaNeededM2';
const TEXT_KEYS: readonly TextKey[] = ['company', 'cnpj', 'cnae', 'contact', 'nextAction', 'nextActionDate', 'notes'];
const NUMBER_KEYS: readonly NumberKey[] = ['investment', 'jobs', 'areaNeededM2'];

/** The prospect editor's fields as typed: text, numbers as Mantine's NumberInput gives them ('' when empty), the lot chosen (none: null). */
export interface ProspectForm {
  text: Record<TextKey, string>;
  numbers: Record<NumberKey, number | string>;
  lotId: number | null;
}

/** The form filled from the prospect (the CNPJ punctuated, as people write it). */
export function prospectForm(p: Prospect): ProspectForm {
  return {
    text: Object.fromEntries(TEXT_KEYS.map((k) => [k, k === 'cnpj' && p.cnpj ? formatCnpj(p.cnpj) : (p[k] ?? '')])) as Record<
      TextKey,
      string
    >,
    numbers: Object.fromEntries(NUMBER_KEYS.map((k) => [k, p[k] ?? ''])) as Record<NumberKey, number | string>,
    lotId: p.lotId,
  };
}

/** Only the fields that changed, as the engine's patch (empty text → null; the CNPJ as its 14 characters). */
export function prospectChanges(p: Prospect, form: ProspectForm): ProspectPatch {
  const patch: Record<string, string | number | null> = {};
  for (const k of TEXT_KEYS) {
    const trimmed = form.text[k].trim();
    const value = trimmed === '' ? null : k === 'cnpj' ? cnpjCharacters(trimmed) : trimmed;
    if (value !== (p[k] ?? null)) patch[k] = value;
  }
  for (const k of NUMBER_KEYS) {
    const raw = form.numbers[k];
    const value = raw === '' ? null : Number(raw);
    if (value !== (p[k] ?? null)) patch[k] = value;
  }
  if (form.lotId !== p.lotId) patch.lotId = form.lotId;
  return patch;
}

const NUMERIC_CELLS: ReadonlySet<string> = new Set(NUMBER_KEYS);

/**
 * What an edit in the prospects grid asks the engine: numbers as the grid read them in the locale,
 * a date typed as the grid shows it (15/02/2026 in pt-BR and es, 02/15/2026 in en; the engine
 * refused it, taking only 2026-02-15), an empty cell as null. Text that is no date or number goes
 * on as typed for the engine to refuse with its message.
 */
export function prospectCellPatch(field: string, raw: unknown, locale: Locale): ProspectPatch {
  const blank = raw === '' || raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
  if (blank) return { [field]: null };
  if (NUMERIC_CELLS.has(field)) return { [field]: typeof raw === 'number' ? raw : Number(raw) };
  const text = (typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '').trim();
  if (field === 'nextActionDate') return { nextActionDate: parseShortDate(text, locale) ?? text };
  return { [field]: text };
}
