import {
  importMappingSchema,
  type ColumnRole,
  type ImportMapping,
  type MeasurementImportField,
  type WorkImportField,
} from './mapping-schema';
import type { ImportLayout } from '../types';
import { headerKey } from '../values/text';

// Agency headers of works portfolios and measurement sheets (as headerKey writes them: lower case,
// no accents, punctuation as spaces) → the fields of arranjo-obras and arranjo-medicoes.
const WORK_SYNONYMS: readonly [RegExp, WorkImportField][] = [
  [/^(site code|distrito|cod(igo)? (do )?distrito|di)$/, 'siteCode'],
  [/^(work code|obra|cod(igo)? (da )?obra|n(umero)? (da )?obra|id obra)$/, 'code'],
  [/^(title|descricao|descricao da obra|objeto|nome da obra|titulo)$/, 'title'],
  [/^(category|categoria|tipo|tipo de obra|natureza)$/, 'category'],
  [/^(budget planned|orcamento|orcamento previsto( r)?|valor previsto( r)?|valor estimado( r)?)$/, 'budgetPlanned'],
  [/^(planned start|inicio previsto|data( de)? inicio prevista|inicio planejado)$/, 'plannedStart'],
  [/^(planned end|termino previsto|fim previsto|data( de)? termino prevista|conclusao prevista|prazo final)$/, 'plannedEnd'],
  [/^(actual start|inicio real|inicio efetivo|ordem de servico|data da ordem de servico)$/, 'actualStart'],
  [/^(actual end|termino real|termino efetivo|concluida em)$/, 'actualEnd'],
  [/^(status|situacao|situacao da obra)$/, 'status'],
  [/^(funding source|fonte|fonte( de| dos?)? recursos?|origem( de| dos?)? recursos?)$/, 'fundingSource'],
  [/^(agency|orgao|orgao responsavel|contratante)$/, 'agency'],
  [/^(contractor|contratada|empresa contratada|construtora|empresa)$/, 'contractor'],
  [/^(contract number|contrato|n(umero)? (do )?contrato)$/, 'contractNumber'],
  [/^(contract value|valor (do )?contrato( r)?|valor contratado( r)?)$/, 'contractValue'],
  [/^(needs|necessidades|necessidades atendidas)$/, 'needs'],
  [/^(notes|obs|observacoes|observacao)$/, 'notes'],
];

const MEASUREMENT_SYNONYMS: readonly [RegExp, MeasurementImportField][] = [
  [/^(work code|obra|cod(igo)? (da )?obra|id obra)$/, 'workCode'],
  [/^(date|data|data( da)? medicao|medicao|mes( de)? referencia|competencia)$/, 'date'],
  [
    /^(physical progress|avanco fisico( acumulado)?( %)?|fisico( acumulado)?( %)?|percentual executado|execucao fisica( %)?)$/,
    'physicalProgress',
  ],
  [/^(committed|empenhado( acumulado)?( r)?|valor empenhado( r)?)$/, 'committed'],
  [/^(disbursed|desembolsado( acumulado)?( r)?|pago( acumulado)?( r)?|valor pago( r)?|liquidado( r)?)$/, 'disbursed'],
  [/^(correction|correcao|retificacao)$/, 'correction'],
];

/**
 * A start or an end that says neither planned nor actual ("Data de início", "Término"): the
 * planned date, which every work needs, unless the sheet names its planned dates in another
 * column; then the actual one.
 */
const UNQUALIFIED_DATES: readonly [RegExp, WorkImportField, WorkImportField][] = [
  [/^(inicio|data( de)? inicio)$/, 'plannedStart', 'actualStart'],
  [/^(termino|fim|conclusao|data( de)? (termino|fim|conclusao)|data final)$/, 'plannedEnd', 'actualEnd'],
];

/** Works or measurements, when the headers say so (a work column with a budget, or with a physical progress). */
export function guessWorksTarget(keys: readonly string[]): 'works' | 'measurements' | null {
  const has = (re: RegExp) => keys.some((k) => re.test(k));
  const work = has(/^(work code|obra|cod(igo)? (da )?obra|n(umero)? (da )?obra|id obra)$/);
  if (work && has(/^(physical progress|avanco fisico|fisico|percentual executado|execucao fisica)/)) return 'measurements';
  if (work && has(/^(budget planned|orcamento|valor previsto|valor estimado)/)) return 'works';
  return null;
}

/** A first mapping of an agency's works or measurements sheet, for the user to correct in the wizard. */
export function suggestWorksMapping(layout: ImportLayout, target: 'works' | 'measurements'): ImportMapping {
  const columns: { column: number; role: ColumnRole }[] = [];
  const taken = new Set<string>();
  const unmatched: { index: number; key: string }[] = [];
  for (const c of layout.columns) {
    if (c.kind === 'empty' || c.header === '') continue;
    const key = headerKey(c.header);
    const role: ColumnRole | null =
      target === 'works'
        ? ((f) => (f ? { role: 'work-field', field: f } : null))(WORK_SYNONYMS.find(([re, f]) => !taken.has(f) && re.test(key))?.[1])
        : ((f) => (f ? { role: 'measurement-field', field: f } : null))(
            MEASUREMENT_SYNONYMS.find(([re, f]) => !taken.has(f) && re.test(key))?.[1],
          );
    if (!role) {
      unmatched.push({ index: c.index, key });
      continue;
    }
    taken.add(role.field);
    columns.push({ column: c.index, role });
  }
  // After every named field is placed, so an explicit "Início previsto" further right keeps its own.
  if (target === 'works') {
    for (const { index, key } of unmatched) {
      const dates = UNQUALIFIED_DATES.find(([re]) => re.test(key));
      const field = dates && [dates[1], dates[2]].find((f) => !taken.has(f));
      if (!field) continue;
      taken.add(field);
      columns.push({ column: index, role: { role: 'work-field', field } });
    }
  }
  columns.sort((a, b) => a.column - b.column);
  return importMappingSchema.parse({ target, columns });
}
