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
  return `${kept.replace(/[\s·,;:–-]+$/, '')}…`;
}
