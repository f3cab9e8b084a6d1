import { importMappingSchema, type ColumnRole, type ImportMapping } from './mapping-schema';
import type { ImportLayout } from '../types';
import { headerKey } from '../values/text';
import type { PlanField } from './plan-fields';

// Agency headers (accent- and case-insensitive, as headerKey writes them) → plan fields.
const SYNONYMS: readonly [RegExp, PlanField, 'lots' | 'prospects' | 'both'][] = [
  [/^(site code|distrito|cod(igo)? (do )?distrito|di)$/, 'siteCode', 'both'],
  [/^(lot code|lote|cod(igo)? (do )?lote|n(umero)? (do )?lote|quadra lote)$/, 'lotCode', 'lots'],
  [/^(area m2|area|area do lote( m2)?|area total( m2)?)$/, 'areaM2', 'lots'],
  [/^(price per m2|preco( por)? m2|valor( do)? m2|preco unitario)$/, 'pricePerM2', 'lots'],
  [/^(status|situacao)$/, 'status', 'lots'],
  [/^(zoning|zoneamento|zona)$/, 'zoning', 'lots'],
  [/^(pollution class|classe de poluicao|poluicao|potencial poluidor)$/, 'pollutionClass', 'lots'],
  [/^(infrastructure|infraestrutura)$/, 'infrastructure', 'lots'],
  [/^(company|empresa|razao social|nome da empresa)$/, 'company', 'prospects'],
  [/^cnpj$/, 'cnpj', 'prospects'],
  [/^(cnae|atividade|cnae principal)$/, 'cnae', 'prospects'],
  [/^(investment|investimento( previsto)?( r)?|valor do investimento( r)?)$/, 'investment', 'prospects'],
  [/^(jobs|empregos|empregos previstos|postos de trabalho)$/, 'jobs', 'prospects'],
  [/^(area needed m2|area necessaria( m2)?|area pretendida( m2)?)$/, 'areaNeededM2', 'prospects'],
  [/^(stage|etapa|fase|status|situacao)$/, 'stage', 'prospects'],
  [/^(next action|proxima acao)$/, 'nextAction', 'prospects'],
  [/^(next action date|data( da)? proxima acao|prazo)$/, 'nextActionDate', 'prospects'],
  [/^(contact|contato|responsavel)$/, 'contact', 'prospects'],
  [/^(notes|obs|observacoes|observacao)$/, 'notes', 'both'],
];

/** Lots or prospects, when the headers say so (a CNPJ or company column; a lot column with an area). */
export function guessPlanTarget(keys: readonly string[]): 'lots' | 'prospects' | null {
  if (keys.some((k) => /^(cnpj|razao social|empresa|company)$/.test(k)) && keys.some((k) => /distrito|site code/.test(k))) return 'prospects';
  if (keys.some((k) => /^(lot code|lote|cod(igo)? (do )?lote)$/.test(k)) && keys.some((k) => /^area/.test(k))) return 'lots';
  return null;
}

/** A first mapping of an agency's lots or prospects sheet, for the user to correct in the wizard. */
export function suggestPlanMapping(layout: ImportLayout, target: 'lots' | 'prospects'): ImportMapping {
  const columns: { column: number; role: ColumnRole }[] = [];
  const taken = new Set<string>();
  for (const c of layout.columns) {
    if (c.kind === 'empty' || c.header === '') continue;
    const key = headerKey(c.header);
    const hit = SYNONYMS.find(([re, field, scope]) => (scope === 'both' || scope === target) && !taken.has(field) && re.test(key));
    if (!hit) continue;
    taken.add(hit[1]);
    columns.push({ column: c.index, role: { role: 'plan-field', field: hit[1] } });
  }
  return importMappingSchema.parse({ target, columns });
}
