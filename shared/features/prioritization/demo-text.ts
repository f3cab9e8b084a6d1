import { demoNote, demoNoteIn, demoTextIn, type DemoNote } from '../../domain/demo-note';
import type { Locale } from '../../domain/locales';

/**
 * The demo scenario's own words (its name, description and its two stakeholders' weight-set names),
 * stored in Portuguese as the demo is built, each written in the three languages: on the Spanish and
 * English screens they read Portuguese ("Distritos Codemig — exemplo ilustrativo"). A name or
 * description the planner changed stays as written (see `demoNoteIn`).
 */
export const DEMO_SCENARIO_NAME_NOTE = demoNote(
  'Distritos Codemig — exemplo ilustrativo',
  'Codemig districts — illustrative example',
  'Distritos de Codemig — ejemplo ilustrativo',
);

export const DEMO_SCENARIO_DESCRIPTION_NOTE: DemoNote = {
  text: {
    'pt-BR':
      'ILUSTRATIVO: critérios, julgamentos AHP e conjuntos de pesos escolhidos para demonstração; não são os critérios com que a Codemig priorizou seus distritos (anúncio de 29/03/2016). Os valores são reais, do município-sede de cada distrito: IBGE, Censo Demográfico 2022 (população) e RAIS 2019–2020 (empregos formais).',
    en: "ILLUSTRATIVE: criteria, AHP judgements and weight sets chosen for the demo; they are not the criteria Codemig ranked its districts by (announcement of 29/03/2016). The values are real, those of each district's seat municipality: IBGE, Demographic Census 2022 (population) and RAIS 2019–2020 (formal jobs).",
    es: 'ILUSTRATIVO: criterios, juicios AHP y conjuntos de pesos elegidos para la demostración; no son los criterios con los que Codemig priorizó sus distritos (anuncio del 29/03/2016). Los valores son reales, del municipio sede de cada distrito: IBGE, Censo Demográfico 2022 (población) y RAIS 2019–2020 (empleos formales).',
  },
  leadEnd: ':',
};

/** The two stakeholders' weight sets. */
export const DEMO_INDUSTRY_SET_NOTE = demoNote(
  'Federação das indústrias (ilustrativo)',
  'Federation of industries (illustrative)',
  'Federación de industrias (ilustrativo)',
);

export const DEMO_MUNICIPALITIES_SET_NOTE = demoNote(
  'Associação de municípios (ilustrativo)',
  'Association of municipalities (illustrative)',
  'Asociación de municipios (ilustrativo)',
);

const DEMO_WEIGHT_SET_NOTES: readonly DemoNote[] = [DEMO_INDUSTRY_SET_NOTE, DEMO_MUNICIPALITIES_SET_NOTE];

/** A scenario's name in `locale`: the demo scenario's in the language in use; a planner's as written. */
export function scenarioNameIn(name: string, locale: Locale): string {
  return demoNoteIn(DEMO_SCENARIO_NAME_NOTE, name, locale);
}

/** A scenario's description in `locale` (the demo scenario's in the language in use). */
export function scenarioDescriptionIn(description: string, locale: Locale): string {
  return demoNoteIn(DEMO_SCENARIO_DESCRIPTION_NOTE, description, locale);
}

/** A weight set's name in `locale`: the demo stakeholders' in the language in use; a planner's as written. */
export function weightSetNameIn(name: string, locale: Locale): string {
  return demoTextIn(DEMO_WEIGHT_SET_NOTES, name, locale);
}
