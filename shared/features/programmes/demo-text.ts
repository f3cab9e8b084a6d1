import { demoNote, demoNoteAfterLead, demoNoteIn, demoTextIn, type DemoNote } from '../../domain/demo-note';
import type { Action, Framework, Programme } from './types';
import type { WorkbookLanguage } from './workbook-labels';

/**
 * The demo programme's own words, stored in Portuguese as the demo is built, each written in the three
 * languages (see `demoNoteIn`: shown in the language in use; a text the planner changed stays as
 * written). On the Spanish screen the programme read "PRODUZIR MG — exemplo ilustrativo", its monitor
 * "Renda média mensal dos participantes (R$)" among "Participantes", "Mujeres", "Jóvenes" (the built-in
 * indicators are named by their code in the language in use; a custom one by its stored name), its
 * objective, results and actions' notes Portuguese.
 */

/** The demo programme's source note as stored (the workspace's data, in Portuguese; labelled illustrative). */
export const DEMO_PROGRAMME_SOURCE =
  'ILUSTRATIVO: estrutura (tipos de ação e indicadores) inspirada na descrição pública do PRODUZIR (Ministério da Integração com a FAO); ações, participantes e metas inventados para demonstração.';

/** The note in each language; its lead is "ILUSTRATIVO:". */
const DEMO_PROGRAMME_NOTE: DemoNote = {
  text: {
    'pt-BR': DEMO_PROGRAMME_SOURCE,
    en: 'ILLUSTRATIVE: structure (action types and indicators) drawn from the public description of PRODUZIR (Ministry of Integration with FAO); actions, participants and targets made up for the demo.',
    es: 'ILUSTRATIVO: estructura (tipos de acción e indicadores) inspirada en la descripción pública de PRODUZIR (Ministerio de Integración con la FAO); acciones, participantes y metas inventados para la demostración.',
  },
  leadEnd: ':',
};

export const DEMO_PROGRAMME_NAME_NOTE = demoNote(
  'PRODUZIR MG — exemplo ilustrativo',
  'PRODUZIR MG — illustrative example',
  'PRODUZIR MG — ejemplo ilustrativo',
);

export const DEMO_PROGRAMME_DESCRIPTION_NOTE = demoNote(
  'Programa ILUSTRATIVO de inclusão produtiva: organiza comunidades em arranjos produtivos. Números inventados.',
  'ILLUSTRATIVE productive-inclusion programme: it organises communities into productive arrangements. Made-up figures.',
  'Programa ILUSTRATIVO de inclusión productiva: organiza comunidades en arreglos productivos. Cifras inventadas.',
);

/** The demo's custom indicator `renda_media`. */
export const DEMO_INCOME_INDICATOR_NOTE = demoNote(
  'Renda média mensal dos participantes (R$)',
  "Participants' average monthly income (R$)",
  'Ingreso medio mensual de los participantes (R$)',
);

/** The demo's objective and its three results (R1, R2, R3), by their titles. */
export const DEMO_OBJECTIVE_NOTE = demoNote(
  'Inclusão produtiva de comunidades pobres por meio de arranjos produtivos',
  'Productive inclusion of poor communities through productive arrangements',
  'Inclusión productiva de comunidades pobres mediante arreglos productivos',
);

export const DEMO_RESULT_NOTES = [
  demoNote('Comunidades mobilizadas e capacitadas', 'Communities mobilised and trained', 'Comunidades movilizadas y capacitadas'),
  demoNote(
    'Empreendimentos coletivos formados e legalizados',
    'Collective enterprises formed and legalised',
    'Emprendimientos colectivos formados y legalizados',
  ),
  demoNote(
    'Comitês Locais de Ação Integrada em funcionamento',
    'Local Integrated Action Committees at work',
    'Comités Locales de Acción Integrada en funcionamiento',
  ),
] as const;

/** The demo actions' notes, by what the action is. */
export const DEMO_ACTION_NOTES = {
  committeeSetUp: demoNote(
    'Instalação do Comitê Local de Ação Integrada',
    'Setting up the Local Integrated Action Committee',
    'Instalación del Comité Local de Acción Integrada',
  ),
  committeeMeeting: demoNote('Reunião do comitê local', 'Local committee meeting', 'Reunión del comité local'),
  fruit: demoNote('Capacitação no campo: fruticultura', 'Field training: fruit growing', 'Capacitación en el campo: fruticultura'),
  crafts: demoNote('Capacitação no campo: artesanato', 'Field training: handicrafts', 'Capacitación en el campo: artesanía'),
  cachaca: demoNote(
    'Capacitação no campo: cachaça e derivados de cana',
    'Field training: cachaça and sugar-cane products',
    'Capacitación en el campo: cachaza y derivados de la caña',
  ),
  gems: demoNote(
    'Capacitação no campo: pedras e joias',
    'Field training: gemstones and jewellery',
    'Capacitación en el campo: piedras y joyas',
  ),
  multipliers: demoNote('Formação de multiplicadores', 'Training of multipliers', 'Formación de multiplicadores'),
  workshop: demoNote('Oficina de gestão de empreendimentos', 'Enterprise management workshop', 'Taller de gestión de emprendimientos'),
  legalization: demoNote('Legalização de empreendimentos', 'Legalisation of enterprises', 'Legalización de emprendimientos'),
} as const;

const FRAMEWORK_NOTES: readonly DemoNote[] = [DEMO_OBJECTIVE_NOTE, ...DEMO_RESULT_NOTES];
const ACTION_NOTES: readonly DemoNote[] = Object.values(DEMO_ACTION_NOTES);

/** A programme's source note in `language` (see `demoNoteIn`): the demo's own note in the language in use. */
export function programmeSourceIn(source: string, language: WorkbookLanguage): string {
  return demoNoteIn(DEMO_PROGRAMME_NOTE, source, language);
}

/**
 * The same where the app has just said the programme is illustrative (the page's banner: "Dados
 * ilustrativos: não são dados reais do programa."): the demo's note without its "ILUSTRATIVO:" lead.
 */
export function programmeSourceAfterIllustrativeNote(source: string, language: WorkbookLanguage): string {
  return demoNoteAfterLead(DEMO_PROGRAMME_NOTE, source, language);
}

/** A programme's name in `language`: the demo's in the language in use; a planner's as written. */
export function programmeNameIn(name: string, language: WorkbookLanguage): string {
  return demoNoteIn(DEMO_PROGRAMME_NAME_NOTE, name, language);
}

/** A programme with the demo's name and description in `language`; a planner's as written. */
export function programmeIn<P extends Pick<Programme, 'name' | 'description'>>(programme: P, language: WorkbookLanguage): P {
  return {
    ...programme,
    name: programmeNameIn(programme.name, language),
    description: demoNoteIn(DEMO_PROGRAMME_DESCRIPTION_NOTE, programme.description, language),
  };
}

/** A custom indicator's name in `language`: the demo's in the language in use; a planner's as written. */
export function customIndicatorNameIn(name: string, language: WorkbookLanguage): string {
  return demoNoteIn(DEMO_INCOME_INDICATOR_NOTE, name, language);
}

/** A framework with the demo's objective and results titled in `language`; a planner's titles as written. */
export function frameworkIn<F extends Pick<Framework, 'objectives' | 'results'>>(framework: F, language: WorkbookLanguage): F {
  const title = <T extends { title: string }>(row: T): T => ({ ...row, title: demoTextIn(FRAMEWORK_NOTES, row.title, language) });
  return { ...framework, objectives: framework.objectives.map(title), results: framework.results.map(title) };
}

/** An action with the demo's note in `language`; a planner's note as written. */
export function actionIn<A extends Pick<Action, 'notes'>>(action: A, language: WorkbookLanguage): A {
  return { ...action, notes: demoTextIn(ACTION_NOTES, action.notes, language) };
}
