/**
 * Accent folding and slugs, the one place for them: planners type "sao joao" for "São João del-Rei",
 * agency files spell names without accents, and ids and file names want plain letters.
 */

/** "São João" → "Sao Joao": the letters without their accents (Unicode NFD, combining marks dropped). */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * "SÃO JOÃO" → "são joão": the text as compared without case, every letter's (SQLite's NOCASE and
 * lower() fold A–Z only, so "SÃO JOÃO" and "são joão" were two names), accents composed alike.
 */
export function caseKey(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** "São João del-Rei" → "sao-joao-del-rei": lower-case letters and digits joined by "-" ('' when none). */
export function slug(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
