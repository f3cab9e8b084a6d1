import type { Locale } from './locales';

/**
 * A source note the demo stores in Portuguese (the workspace's data, labelled illustrative), with
 * the same note written in English and Spanish, and where its lead ends: the words that say the data
 * is illustrative ("ILUSTRATIVO: " up to ':', or its first sentence, up to '. '); none for a note
 * without such a lead (the demo districts' location note).
 */
export interface DemoNote {
  text: Readonly<Record<Locale, string>>;
  leadEnd?: ':' | '. ';
}

/** Whether `source` is `note` in one of its languages. */
function isNote(note: DemoNote, source: string): boolean {
  return Object.values(note.text).includes(source);
}

/**
 * A source note in `language`: the app's own note, stored in any of its languages (the demo's in
 * Portuguese, a plan brought back from an English workbook, a district created on the Spanish
 * screen), written again in the language in use; a planner's note stays as written. Used by the
 * works, attraction-plan and programme screens and workbooks, and for the sites' location notes.
 */
export function demoNoteIn(note: DemoNote, source: string, language: Locale): string {
  return isNote(note, source) ? note.text[language] : source;
}

/**
 * A text in `language` when it is one of `notes` (the app's own words stored by the demo: a result's
 * title, an action's note, an incentive's name, a site's location note), as `demoNoteIn` writes it;
 * any other text, a planner's, as written; an absent one (null) stays absent.
 */
export function demoTextIn(notes: readonly DemoNote[], source: string, language: Locale): string;
export function demoTextIn(notes: readonly DemoNote[], source: string | null, language: Locale): string | null;
export function demoTextIn(notes: readonly DemoNote[], source: string | null, language: Locale): string | null {
  const note = source === null ? undefined : notes.find((n) => isNote(n, source));
  return note ? note.text[language] : source;
}

/** A note without a lead from its text in the three languages, in the order pt-BR, en, es. */
export function demoNote(pt: string, en: string, es: string): DemoNote {
  return { text: { 'pt-BR': pt, en, es } };
}

/**
 * The same where the app has just said the data is illustrative (a banner, a slide's title): the
 * demo's note without its lead, which said it a second time, from a capital letter. A planner's
 * note stays as written.
 */
export function demoNoteAfterLead(note: DemoNote, source: string, language: Locale): string {
  const text = demoNoteIn(note, source, language);
  if (note.leadEnd === undefined || !isNote(note, source)) return text;
  const rest = text.slice(text.indexOf(note.leadEnd) + note.leadEnd.length).trimStart();
  return rest.charAt(0).toLocaleUpperCase(language) + rest.slice(1);
}
