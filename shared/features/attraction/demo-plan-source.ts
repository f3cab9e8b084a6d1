import { demoNoteAfterLead, demoNoteIn, type DemoNote } from '../../domain/demo-note';
import type { PlanLocale } from './workbook-labels';

/** The demo plan's source note as stored (the workspace's data, in Portuguese). */
export const DEMO_PLAN_SOURCE =
  'ILUSTRATIVO — plano de exemplo do Arranjo, não é dado do distrito. Lotes no formato de um edital público real ' +
  '(Viçosa-MG: 13 lotes, 11.340 m², cerca de R$ 160/m²; ver resources/data/SOURCES.md); regra de desconto como a ' +
  'tabela de pontos da agência de distritos de Goiás (pontuação > 80 → 50% no preço do terreno). Empresas, valores ' +
  'de incentivos, metas e ações são inventados para demonstração.';

/** The note in each language; its lead is its first sentence ("ILUSTRATIVO — plano de exemplo…"). */
const DEMO_PLAN_NOTE: DemoNote = {
  leadEnd: '. ',
  text: {
    'pt-BR': DEMO_PLAN_SOURCE,
    en:
      "ILLUSTRATIVE — Arranjo's example plan, not data of the district. Lots shaped as in a real public tender " +
      '(Viçosa-MG: 13 lots, 11,340 m², about R$ 160/m²; see resources/data/SOURCES.md); discount rule as in the points ' +
      "table of Goiás's district agency (score > 80 → 50% off the land price). Companies, incentive amounts, goals and " +
      'actions are made up for the demo.',
    es:
      'ILUSTRATIVO — plan de ejemplo de Arranjo, no son datos del distrito. Lotes con la forma de una licitación pública ' +
      'real (Viçosa-MG: 13 lotes, 11.340 m², cerca de R$ 160/m²; ver resources/data/SOURCES.md); regla de descuento ' +
      'como la tabla de puntos de la agencia de distritos de Goiás (puntuación > 80 → 50\u00a0% del precio del terreno). ' +
      'Empresas, montos de incentivos, metas y acciones son inventados para la demostración.',
  },
};

/** A plan's source note in `locale` (see `demoNoteIn`): the demo's own note in the language in use. */
export function planSourceIn(source: string, locale: PlanLocale): string {
  return demoNoteIn(DEMO_PLAN_NOTE, source, locale);
}

/**
 * A plan's source note in `locale` where the app has just said the plan is illustrative: the demo's
 * note without its opening sentence, which says the same ("Plano ilustrativo: … ILUSTRATIVO — plano de
 * exemplo…" on the plan's slides).
 */
export function planSourceAfterIllustrativeNote(source: string, locale: PlanLocale): string {
  return demoNoteAfterLead(DEMO_PLAN_NOTE, source, locale);
}
