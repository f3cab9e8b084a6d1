import { demoNoteAfterLead, demoNoteIn, type DemoNote } from '../../domain/demo-note';
import type { WorkbookLanguage } from './workbook-labels';

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
