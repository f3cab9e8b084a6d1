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
  [/^(site code|distrito|cod(igo)? (do |del )?distrito|di|parque industrial)$/, 'siteCode'],
  [/^(work code|obra|cod(igo)? (da |de (la )?)?obra|n(umero)? (da |de (la )?)?obra|id obra)$/, 'code'],
  [/^(title|descricao|descricao da obra|descripcion|descripcion de la obra|objeto|nome da obra|nombre de la obra|titulo)$/, 'title'],
  [/^(category|categoria|tipo|tipo de obra|natureza)$/, 'category'],
  [
    /^(budget planned|orcamento|orcamento previsto( r)?|presupuesto|presupuesto previsto( r)?|valor previsto( r)?|valor estimado( r)?|monto previsto( r)?)$/,
    'budgetPlanned',
  ],
  [
    /^(planned start|inicio previsto|data( de)? inicio prevista|fecha( de)? inicio prevista|inicio planejado|inicio planificado)$/,
    'plannedStart',
  ],
  [
    /^(planned end|termino previsto|fim previsto|fin previsto|data( de)? termino prevista|fecha( de)? (termino|fin) prevista|conclusao prevista|prazo final|plazo final)$/,
    'plannedEnd',
  ],
  [/^(actual start|inicio real|inicio efetivo|inicio efectivo|ordem de servico|data da ordem de servico)$/, 'actualStart'],
  [/^(actual end|termino real|fin real|termino efetivo|termino efectivo|concluida em)$/, 'actualEnd'],
  [/^(status|situacao|situacao da obra|estado|estado de la obra|situacion)$/, 'status'],
  [
    /^(funding source|fonte|fonte( de| dos?)? recursos?|origem( de| dos?)? recursos?|fuente( de)? (financiamiento|financiacion|recursos)|fuente)$/,
    'fundingSource',
  ],
  [/^(agency|orgao|orgao responsavel|organismo|organismo responsable|contratante)$/, 'agency'],
  [/^(contractor|contratada|empresa contratada|construtora|contratista|empresa contratista|empresa)$/, 'contractor'],
  [/^(contract number|contrato|n(umero)? (do |de |del )?contrato)$/, 'contractNumber'],
  [/^(contract value|valor (do |del )?contrato( r)?|monto (del )?contrato( r)?|valor contratado( r)?)$/, 'contractValue'],
  [/^(needs|necessidades|necessidades atendidas)$/, 'needs'],
  [/^(notes|obs|observacoes|observacao|observaciones|notas)$/, 'notes'],
];

const MEASUREMENT_SYNONYMS: readonly [RegExp, MeasurementImportField][] = [
  [/^(work code|obra|cod(igo)? (da |de (la )?)?obra|id obra)$/, 'workCode'],
  [/^(date|data|data( da)? medicao|medicao|fecha|fecha( de( la)?)? medicion|medicion|mes( de)? referencia|competencia)$/, 'date'],
  [
    /^(physical progress|avan(co|ce) fisico( acumulado)?( %)?|fisico( acumulado)?( %)?|percentual executado|execucao fisica( %)?|ejecucion fisica( %)?)$/,
    'physicalProgress',
  ],
  [/^(committed|empenhado( acumulado)?( r)?|valor empenhado( r)?|comprometido( acumulado)?( r)?|monto comprometido( r)?)$/, 'committed'],
  [
    /^(disbursed|desembolsado( acumulado)?( r)?|pago( acumulado)?( r)?|pagado( acumulado)?( r)?|valor pago( r)?|monto pagado( r)?|liquidado( r)?)$/,
    'disbursed',
  ],
  [/^(correction|correcao|retificacao)$/, 'correction'],
];

/**
 * A start or an end that says neither planned nor actual ("Data de início", "Término"): the
 * planned date, which every work needs, unless the sheet names its planned dates in another
 * column; then the actual one.
 */
const UNQUALIFIED_DATES: readonly [RegExp, WorkImportField, WorkImportField][] = [
  [/^(inicio|(data|fecha)( de)? inicio)$/, 'plannedStart', 'actualStart'],
  [
    /^(termino|fim|fin|conclusao|data( de)? (termino|fim|conclusao)|fecha( de)? (termino|fin|conclusion)|data final|fecha final)$/,
    'plannedEnd',
    'actualEnd',
  ],
];

/** Works or measurements, when the headers say so (a work column with a budget, or with a physical progress). */
export function guessWorksTarget(keys: readonly string[]): 'works' | 'measurements' | null {
  const tails = keys.flatMap(headerTails);
  const has = (re: RegExp) => tails.some((k) => re.test(k));
  const work = has(/^(work code|obra|cod(igo)? (da |de (la )?)?obra|n(umero)? (da |de (la )?)?obra|id obra)$/);
  if (work && has(/^(physical progress|avan(co|ce) fisico|fisico|percentual executado|execucao fisica|ejecucion fisica)/))
    return 'measurements';
  if (work && has(/^(budget planned|orcamento|presupuesto|valor previsto|valor estimado|monto previsto)/)) return 'works';
  return null;
}

/**
 * A header key and its tails of two words or more, longest first: a two-row header merged over its
 * columns ("Prazo" above "Início previsto" and "Término previsto") reads "prazo inicio previsto",
 * whose tail names the field. Not one word alone: "Valor da obra" is no work code.
 */
function headerTails(key: string): string[] {
  const words = key.split(' ');
  return [key, ...words.slice(1, -1).map((_, i) => words.slice(i + 1).join(' '))];
}

/** The first synonym a header (or, failing that, its tail) names, among fields not taken yet. */
function synonymOf<F extends string>(key: string, synonyms: readonly [RegExp, F][], taken: ReadonlySet<string>): F | undefined {
  for (const tail of headerTails(key)) {
    const found = synonyms.find(([re, f]) => !taken.has(f) && re.test(tail))?.[1];
    if (found) return found;
  }
  return undefined;
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
        ? ((f) => (f ? { role: 'work-field', field: f } : null))(synonymOf(key, WORK_SYNONYMS, taken))
        : ((f) => (f ? { role: 'measurement-field', field: f } : null))(synonymOf(key, MEASUREMENT_SYNONYMS, taken));
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
      const dates = headerTails(key)
        .map((tail) => UNQUALIFIED_DATES.find(([re]) => re.test(tail)))
        .find((d) => d !== undefined);
      const field = dates && [dates[1], dates[2]].find((f) => !taken.has(f));
      if (!field) continue;
      taken.add(field);
      columns.push({ column: index, role: { role: 'work-field', field } });
    }
  }
  columns.sort((a, b) => a.column - b.column);
  return importMappingSchema.parse({ target, columns });
}
