import { demoNote, demoTextIn, type DemoNote } from '../domain/demo-note';
import type { Locale } from '../domain/locales';

/** The demo districts' location note (stored in Portuguese): their points are the municipal seats'. */
export const DEMO_LOCATION_NOTE = demoNote(
  'Coordenadas da sede municipal, não do distrito (fonte não publica a localização do distrito).',
  "Coordinates of the municipal seat, not of the district (the source does not publish the district's location).",
  'Coordenadas de la cabecera municipal, no del distrito (la fuente no publica la ubicación del distrito).',
);

/**
 * The note a district created in the app is stored with when the municipal seat places it on the
 * map, in the language of the screen it was created in (as ENTERED_BY_USER is).
 */
export const SEAT_LOCATION_NOTE = demoNote(
  'Coordenadas da sede municipal, não do distrito.',
  'Coordinates of the municipal seat, not of the district.',
  'Coordenadas de la cabecera municipal, no del distrito.',
);

/** The location notes the app writes. */
const LOCATION_NOTES: readonly DemoNote[] = [DEMO_LOCATION_NOTE, SEAT_LOCATION_NOTE];

/**
 * A site's location note in `locale`: a note the app wrote, in any of its languages (a district
 * created in the Portuguese UI read Portuguese on the English screen), in the language in use; a
 * planner's own note stays as written.
 */
export function locationNoteIn(note: string, locale: Locale): string {
  return demoTextIn(LOCATION_NOTES, note, locale);
}
