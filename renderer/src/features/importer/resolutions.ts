import type { TerritoryResolution, UnresolvedTerritory } from '../../../../shared/import/api';

/** The user's answers by key: a territory code, or null to skip the rows. A key absent is not answered yet. */
export type Resolutions = Readonly<Record<string, number | null>>;

/** What the engine takes: only the answered keys. */
export function resolutionList(resolutions: Resolutions): TerritoryResolution[] {
  return Object.entries(resolutions).map(([key, code]) => ({ key, code }));
}

/**
 * The territories the user has been asked about, across checks: a resolved one leaves the engine's
 * list on the next check, but stays on screen so the answer can be changed.
 */
export function mergeUnresolved(seen: readonly UnresolvedTerritory[], next: readonly UnresolvedTerritory[]): UnresolvedTerritory[] {
  const byKey = new Map(seen.map((u) => [u.key, u]));
  for (const u of next) byKey.set(u.key, u);
  return [...byKey.values()].sort((a, b) => a.firstRow - b.firstRow);
}

export function pendingTerritories(seen: readonly UnresolvedTerritory[], resolutions: Resolutions): UnresolvedTerritory[] {
  return seen.filter((u) => !(u.key in resolutions));
}

/** The Select value of an answer: "" unanswered, "skip", or the code. */
export function answerValue(resolutions: Resolutions, key: string): string {
  if (!(key in resolutions)) return '';
  const code = resolutions[key];
  return code === null || code === undefined ? 'skip' : String(code);
}

export function withAnswer(resolutions: Resolutions, key: string, value: string | null): Resolutions {
  const next: Record<string, number | null> = { ...resolutions };
  if (value === null || value === '') delete next[key];
  else if (value === 'skip') next[key] = null;
  else if (/^\d+$/.test(value)) next[key] = Number(value);
  return next;
}

/** Similarity as a whole percentage, never rounding a near miss up to 100 %. */
export function scorePercent(score: number): number {
  const percent = Math.round(score * 100);
  return percent === 100 && score < 1 ? 99 : percent;
}
