import { demoNote, demoNoteAfterLead, demoNoteIn, demoTextIn, type DemoNote } from '../../domain/demo-note';
import type { PlanLocale } from './workbook-labels';

/**
 * The demo plan's own words, stored in Portuguese as the demo is built, each written in the three
 * languages (see `demoNoteIn`: shown in the language in use; a text the planner changed stays as
 * written). On the English screen the plans' list read "Plano de atração 2026 (ilustrativo)", and the
 * plan its incentives, actions, companies' next actions and the lots' and companies' notes in Portuguese.
 * The companies' names ("Empresa ilustrativa A (fundição)") are names, and stay as the planner sees them.
 */

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

/** The demo plan's title for the year it is built in (its period). */
export function demoPlanTitle(year: string): DemoNote {
  return demoNote(
    `Plano de atração ${year} (ilustrativo)`,
    `Attraction plan ${year} (illustrative)`,
    `Plan de atracción ${year} (ilustrativo)`,
  );
}

/** The demo's incentives' names, plan actions' titles and owners, companies' next actions, and the lots' and companies' note. */
export const DEMO_PLAN_TEXTS = {
  illustrative: demoNote('Ilustrativo', 'Illustrative', 'Ilustrativo'),
  landDiscount: demoNote(
    'Desconto no preço do terreno (pontuação > 80)',
    'Discount on the land price (score > 80)',
    'Descuento en el precio del terreno (puntuación > 80)',
  ),
  taxCut: demoNote(
    'Redução de IPTU/ISS (ilustrativo)',
    'Reduced IPTU/ISS municipal taxes (illustrative)',
    'Reducción de los impuestos municipales IPTU/ISS (ilustrativo)',
  ),
  feeWaiver: demoNote(
    'Isenção de taxas de licenciamento (ilustrativo)',
    'Licensing fee waiver (illustrative)',
    'Exención de tasas de licencia (ilustrativo)',
  ),
  seminar: demoNote(
    'Seminário de apresentação do distrito a investidores',
    'Seminar presenting the district to investors',
    'Seminario de presentación del distrito a inversores',
  ),
  tender: demoNote(
    'Publicar edital de alienação dos lotes disponíveis',
    'Publish the tender for the sale of the available lots',
    'Publicar la licitación de venta de los lotes disponibles',
  ),
  fairMission: demoNote(
    'Missão a feira do setor metalmecânico',
    'Mission to a metalworking trade fair',
    'Misión a una feria del sector metalmecánico',
  ),
  agency: demoNote('Agência (ilustrativo)', 'Agency (illustrative)', 'Agencia (ilustrativo)'),
  partners: demoNote('Parceiros (ilustrativo)', 'Partners (illustrative)', 'Socios (ilustrativo)'),
  sendContract: demoNote('Enviar minuta do contrato', 'Send the draft contract', 'Enviar el borrador del contrato'),
  incentivesMeeting: demoNote('Reunião sobre incentivos', 'Meeting on incentives', 'Reunión sobre incentivos'),
  lotVisit: demoNote('Visita técnica ao lote Q3-L02', 'Technical visit to lot Q3-L02', 'Visita técnica al lote Q3-L02'),
  presentDistrict: demoNote('Apresentar o distrito', 'Present the district', 'Presentar el distrito'),
  firstContact: demoNote('Primeiro contato', 'First contact', 'Primer contacto'),
} as const;

const PLAN_TEXTS: readonly DemoNote[] = Object.values(DEMO_PLAN_TEXTS);

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

/** A plan's title in `locale`: the demo's (for the plan's period) in the language in use; a planner's as written. */
export function planTitleIn(plan: { title: string | null; period: string }, locale: PlanLocale): string | null {
  return plan.title === null ? null : demoNoteIn(demoPlanTitle(plan.period), plan.title, locale);
}

/**
 * One of the plan's texts (an incentive's name, an action's title, a note…) in `locale`: the demo's in
 * the language in use; a planner's as written; an absent one absent.
 */
export function planTextIn(text: string, locale: PlanLocale): string;
export function planTextIn(text: string | null, locale: PlanLocale): string | null;
export function planTextIn(text: string | null, locale: PlanLocale): string | null {
  return demoTextIn(PLAN_TEXTS, text, locale);
}
