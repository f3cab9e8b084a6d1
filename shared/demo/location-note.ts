import { demoNoteIn, type DemoNote } from '../domain/demo-note';
import type { Locale } from '../domain/locales';

/** The demo districts' location note (stored in Portuguese): their points are the municipal seats'. */
export const DEMO_LOCATION_NOTE: DemoNote = {
  text: {
    'pt-BR': 'Coordenadas da sede municipal, não do distrito (fonte não publica a localização do distrito).',
    en: "Coordinates of the municipal seat, not of the district (the source does not publish the district's location).",
    es: 'Coordenadas de la cabecera municipal, no del distrito (la fuente no publica la ubicación del distrito).',
  },
};

/** A site's location note in `locale` (see `demoNoteIn`): the demo's own note in the language in use. */
export function locationNoteIn(note: string, locale: Locale): string {
  return demoNoteIn(DEMO_LOCATION_NOTE, note, locale);
}
