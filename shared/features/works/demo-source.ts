import { demoNoteIn, type DemoNote } from '../../domain/demo-note';
import type { Locale } from '../../domain/locales';
import { DEMO_WORKS_SOURCE } from './demo';

/** The demo works' source note in each language; its lead is "ILUSTRATIVO:". */
const DEMO_WORKS_NOTE: DemoNote = {
  text: {
    'pt-BR': DEMO_WORKS_SOURCE,
    en: 'ILLUSTRATIVE: districts and kinds of works of the "infrastructure and logistics" axis of Codemig\'s industrial districts revitalization programme (announced 29/03/2016); works, amounts, dates, companies and measurements made up for the demo (no public source lists the contracts).',
    es: 'ILUSTRATIVO: distritos y tipos de obra del eje "infraestructura y logística" del programa de revitalización de los distritos industriales de Codemig (anuncio del 29/03/2016); obras, montos, fechas, empresas y mediciones inventados para la demostración (ninguna fuente pública lista los contratos).',
  },
  leadEnd: ':',
};

/** A work's source note in `locale` (see `demoNoteIn`): the demo's own note in the language in use. */
export function worksSourceIn(source: string, locale: Locale): string {
  return demoNoteIn(DEMO_WORKS_NOTE, source, locale);
}
