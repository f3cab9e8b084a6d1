import type { WorkbookLanguage } from './workbook-labels';

/** The demo programme's source note as stored (the workspace's data, in Portuguese; labelled illustrative). */
export const DEMO_PROGRAMME_SOURCE =
  'ILUSTRATIVO: estrutura (tipos de ação e indicadores) inspirada na descrição pública do PRODUZIR (Ministério da Integração com a FAO); ações, participantes e metas inventados para demonstração.';

const TRANSLATED: Record<Exclude<WorkbookLanguage, 'pt-BR'>, string> = {
  en: 'ILLUSTRATIVE: structure (action types and indicators) drawn from the public description of PRODUZIR (Ministry of Integration with FAO); actions, participants and targets made up for the demo.',
  es: 'ILUSTRATIVO: estructura (tipos de acción e indicadores) inspirada en la descripción pública de PRODUZIR (Ministerio de Integración con la FAO); acciones, participantes y metas inventados para la demostración.',
};

/**
 * A programme's source note in `language`: the demo's own note (stored in Portuguese) written again in
 * the language in use, as the works and attraction workbooks do with theirs; a planner's note stays as
 * written.
 */
export function programmeSourceIn(source: string, language: WorkbookLanguage): string {
  return source === DEMO_PROGRAMME_SOURCE && language !== 'pt-BR' ? TRANSLATED[language] : source;
}

/**
 * The same where the app has just said the programme is illustrative (the page's banner: "Dados
 * ilustrativos: não são dados reais do programa."): the demo's note without its "ILUSTRATIVO:" lead,
 * which said it a second time; a planner's note stays as written.
 */
export function programmeSourceAfterIllustrativeNote(source: string, language: WorkbookLanguage): string {
  const text = programmeSourceIn(source, language);
  if (source !== DEMO_PROGRAMME_SOURCE) return text;
  const rest = text.slice(text.indexOf(':') + 1).trimStart();
  return rest.charAt(0).toLocaleUpperCase(language) + rest.slice(1);
}
