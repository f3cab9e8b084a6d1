/** What may not end a shortened text before its "…": a separator left hanging ("OB-1 · …"). */
const HANGING = /[\s·,;:–-]+$/;

/** Articles, prepositions and conjunctions of pt, es and en names, which say nothing left before a "…". */
const JOINING = new Set(
  'a o as os e ou de da do das dos em na no nas nos ao aos à às para por com y el la los las del al en con sin and or of the to in on for with'.split(
    ' ',
  ),
);

/**
 * A text shortened at a word's end with "…" (a label, a footer quoted in a sentence): cutting at a
 * character count broke words ("Rede de fibra óptic...", "Censo Demogr»"). A single word longer than
 * half the room is cut inside it.
 */
export function wordClip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const kept = space > max / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(HANGING, '')}…`;
}

/**
 * A text whole when `fits` takes it, else shortened at a word's end with "…", as many words as fit:
 * for room measured in pixels, where a count of characters fits narrow letters and not wide ones
 * (a Gantt row "OBR-DEMO-09 · Recapeamento das…" was 32 characters and wider than its 210 px, and
 * ECharts cut it again, mid-word: "Recapeamento da..."). Cut inside the first word only when that
 * word alone does not fit.
 */
export function wordClipToFit(text: string, fits: (candidate: string) => boolean): string {
  if (fits(text)) return text;
  const words = text.split(' ');
  for (let count = words.length - 1; count > 0; count--) {
    // A shortened name does not end on a joining word ("Drenagem e…", "Recapeamento das…").
    if (JOINING.has(words[count - 1]?.toLowerCase() ?? '') && count > 1) continue;
    const kept = words.slice(0, count).join(' ').replace(HANGING, '');
    if (kept !== '' && fits(`${kept}…`)) return `${kept}…`;
  }
  for (let length = text.length - 1; length > 0; length--) {
    const kept = text.slice(0, length).replace(HANGING, '');
    if (kept !== '' && fits(`${kept}…`)) return `${kept}…`;
  }
  return '…';
}
