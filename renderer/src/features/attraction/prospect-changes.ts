import { formatCnpj } from '../../../../shared/features/attraction/cnpj';
import type { ProspectPatch } from '../../../../shared/features/attraction/schemas';
import type { Prospect } from '../../../../shared/features/attraction/types';

type TextKey = 'company' | 'cnpj' | 'cnae' | 'contact' | 'nextAction' | 'nextActionDate' | 'notes';
type NumberKey = 'investment' | 'jobs' | 'areaNeededM2';
const TEXT_KEYS: readonly TextKey[] = ['company', 'cnpj', 'cnae', 'contact', 'nextAction', 'nextActionDate', 'notes'];
const NUMBER_KEYS: readonly NumberKey[] = ['investment', 'jobs', 'areaNeededM2'];

/** The prospect editor's fields as typed: text, and numbers as Mantine's NumberInput gives them ('' when empty). */
export interface ProspectForm {
  text: Record<TextKey, string>;
  numbers: Record<NumberKey, number | string>;
}

/** The form filled from the prospect (the CNPJ punctuated, as people write it). */
export function prospectForm(p: Prospect): ProspectForm {
  return {
    text: Object.fromEntries(TEXT_KEYS.map((k) => [k, k === 'cnpj' && p.cnpj ? formatCnpj(p.cnpj) : (p[k] ?? '')])) as Record<TextKey, string>,
    numbers: Object.fromEntries(NUMBER_KEYS.map((k) => [k, p[k] ?? ''])) as Record<NumberKey, number | string>,
  };
}

/** Only the fields that changed, as the engine's patch (empty text → null; the CNPJ as digits). */
export function prospectChanges(p: Prospect, form: ProspectForm): ProspectPatch {
  const patch: Record<string, string | number | null> = {};
  for (const k of TEXT_KEYS) {
    const trimmed = form.text[k].trim();
    const value = trimmed === '' ? null : k === 'cnpj' ? trimmed.replace(/[.\-/\s]/g, '') : trimmed;
    if (value !== (p[k] ?? null)) patch[k] = value;
  }
  for (const k of NUMBER_KEYS) {
    const raw = form.numbers[k];
    const value = raw === '' ? null : Number(raw);
    if (value !== (p[k] ?? null)) patch[k] = value;
  }
  return patch;
}
