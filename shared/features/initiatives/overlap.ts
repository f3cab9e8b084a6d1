import type { ExchangeSuggestion, OverlapGap } from './types';

/** What the ranking needs of an initiative: nothing read from the database here. */
export interface OverlapSubject {
  code: string;
  name: string;
  route: string | null;
  country: string;
  states: string[];
  sectors: readonly string[];
  members: readonly number[];
  /** Jobs by sector (IBGE sector code → jobs) of its territory set; empty without data. */
  profile: ReadonlyMap<string, number>;
}

/** Weights of the score: the same chain first, then the two sector overlaps (DESIGN §3 exchange). */
export const OVERLAP_WEIGHTS = { sameChain: 0.4, jaccard: 0.3, cosine: 0.3 } as const;

/** |A ∩ B| / |A ∪ B|; null when either set is empty (nothing to compare, not "no overlap"). */
export function jaccard(a: readonly string[], b: readonly string[]): number | null {
  if (a.length === 0 || b.length === 0) return null;
  const sa = new Set(a);
  const sb = new Set(b);
  let common = 0;
  for (const x of sa) if (sb.has(x)) common++;
  return common / (sa.size + sb.size - common);
}

/** Cosine of two non-negative profiles; null when either is all zeros. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number | null {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  if (na === 0 || nb === 0) return null;
  return dot / Math.sqrt(na * nb);
}

/** Share of `other`'s municipalities that `subject` also has. */
export function territoryOverlap(subject: readonly number[], other: readonly number[]): number {
  if (other.length === 0) return 0;
  const mine = new Set(subject);
  return other.filter((m) => mine.has(m)).length / other.length;
}

/** Which side lacks what a similarity needs (null: neither, the figure exists). */
export function overlapGap(subjectHas: boolean, candidateHas: boolean): OverlapGap | null {
  if (subjectHas && candidateHas) return null;
  if (!subjectHas && !candidateHas) return 'both';
  return subjectHas ? 'candidate' : 'subject';
}

const hasJobs = (profile: ReadonlyMap<string, number>): boolean => [...profile.values()].some((v) => v > 0);

function sameChain(a: string | null, b: string | null): boolean {
  const fold = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  return a !== null && b !== null && fold(a) !== '' && fold(a) === fold(b);
}

/**
 * Initiatives to learn from: score = 0.4·[same route or chain] + 0.3·Jaccard(CNAE sectors) +
 * 0.3·cosine(jobs by sector of the territory sets), a missing figure counting 0, times
 * (1 − territorial overlap) — the point is to learn from other territories, so a polo over the same
 * municipalities falls back. Ties by name. Candidates scoring 0 are left out. A similarity that cannot
 * be computed (no sectors registered, no jobs by sector) says which side lacks it, so the view can
 * tell the planner why it counts 0 rather than show a bare dash.
 */
export function rankExchangeSuggestions(subject: OverlapSubject, candidates: readonly OverlapSubject[], limit = 10): ExchangeSuggestion[] {
  const out: ExchangeSuggestion[] = [];
  for (const c of candidates) {
    if (c.code === subject.code) continue;
    const chain = sameChain(subject.route, c.route);
    const j = jaccard(subject.sectors, c.sectors);
    const cos = cosine(subject.profile, c.profile);
    const overlap = territoryOverlap(subject.members, c.members);
    const raw = (chain ? OVERLAP_WEIGHTS.sameChain : 0) + OVERLAP_WEIGHTS.jaccard * (j ?? 0) + OVERLAP_WEIGHTS.cosine * (cos ?? 0);
    const score = raw * (1 - overlap);
    if (score <= 0) continue;
    out.push({
      code: c.code,
      name: c.name,
      route: c.route,
      states: c.states,
      country: c.country,
      sameChain: chain,
      sectorJaccard: j,
      profileCosine: cos,
      territoryOverlap: overlap,
      score,
      gaps: {
        sectors: j === null ? overlapGap(subject.sectors.length > 0, c.sectors.length > 0) : null,
        jobs: cos === null ? overlapGap(hasJobs(subject.profile), hasJobs(c.profile)) : null,
      },
    });
  }
  return out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
}
