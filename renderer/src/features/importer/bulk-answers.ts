import type { UnresolvedTerritory } from '../../../../shared/import/api';

/** Answers for several territories at once: key → municipality code. */
export type BulkAnswers = ReadonlyMap<string, number>;

/** The state most pending territories' first suggestion lies in (the chosen state first when it has any). */
export function topSuggestionState(
  pending: readonly UnresolvedTerritory[],
  preferred: string | undefined,
): { state: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const u of pending) {
    const top = u.candidates[0];
    if (top) counts.set(top.stateAbbr, (counts.get(top.stateAbbr) ?? 0) + 1);
  }
  if (preferred && counts.has(preferred)) return { state: preferred, count: counts.get(preferred) ?? 0 };
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? { state: best[0], count: best[1] } : null;
}

/** "Accept all top suggestions in MG": each pending territory whose first suggestion is in that state. */
export function topSuggestionsIn(pending: readonly UnresolvedTerritory[], state: string): BulkAnswers {
  const answers = new Map<string, number>();
  for (const u of pending) {
    const top = u.candidates[0];
    if (top?.stateAbbr === state) answers.set(u.key, top.code);
  }
  return answers;
}
