import { demoNoteIn, type DemoNote } from '../../domain/demo-note';
import type { Programme } from './types';
import type { WorkbookLanguage } from './workbook-labels';

/**
 * The demo programme's own words (its name, its description and the one indicator of its own that is
 * not built in), stored in Portuguese as the demo is built, each written in the three languages: on
 * the Spanish screen the programme read "PRODUZIR MG — exemplo ilustrativo" and its monitor
 * "Renda média mensal dos participantes (R$)" among "Participantes", "Mujeres", "Jóvenes" (the
 * built-in indicators are named by their code in the language in use; a custom one by its stored
 * name). A name the planner changed stays as written (see `demoNoteIn`).
 */
export const DEMO_PROGRAMME_NAME_NOTE: DemoNote = {
  text: {
    'pt-BR': 'PRODUZIR MG — exemplo ilustrativo',
    en: 'PRODUZIR MG — illustrative example',
    es: 'PRODUZIR MG — ejemplo ilustrativo',
  },
};

export const DEMO_PROGRAMME_DESCRIPTION_NOTE: DemoNote = {
  text: {
    'pt-BR': 'Programa ILUSTRATIVO de inclusão produtiva: organiza comunidades em arranjos produtivos. Números inventados.',
    en: 'ILLUSTRATIVE productive-inclusion programme: it organises communities into productive arrangements. Made-up figures.',
    es: 'Programa ILUSTRATIVO de inclusión productiva: organiza comunidades en arreglos productivos. Cifras inventadas.',
  },
};

/** The demo's custom indicator `renda_media`. */
export const DEMO_INCOME_INDICATOR_NOTE: DemoNote = {
  text: {
    'pt-BR': 'Renda média mensal dos participantes (R$)',
    en: "Participants' average monthly income (R$)",
    es: 'Ingreso medio mensual de los participantes (R$)',
  },
};

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
