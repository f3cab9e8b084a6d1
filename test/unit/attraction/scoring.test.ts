import { describe, expect, it } from 'vitest';
import { rankAlternatives } from '../../../shared/analysis/mcda';
import { scoreApplicants, type ScoringApplicant, type ScoringCriterion } from '../../../shared/features/attraction/scoring';

const criteria: ScoringCriterion[] = [
  { id: 1, name: 'Empregos por m²', source: 'jobs-per-m2', direction: 'benefit', weight: 50 },
  { id: 2, name: 'Investimento', source: 'investment', direction: 'benefit', weight: 30 },
  { id: 3, name: 'Risco ambiental', source: 'manual', direction: 'cost', weight: 20 },
];
const applicant = (id: number, jobs: number, area: number, investment: number, risk: number | null): ScoringApplicant => ({
  id,
  company: `C${id}`,
  jobs,
  investment,
  areaNeededM2: area,
  sectorFit: null,
  manual: new Map(risk === null ? [] : [[3, risk]]),
});

describe('applicant scoring through the multi-criteria engine', () => {
  const applicants = [applicant(1, 40, 1000, 2_000_000, 2), applicant(2, 10, 1000, 5_000_000, 4), applicant(3, 30, 500, 1_000_000, 1)];

  it('gives the WSM points by hand (min-max, weights 0.5/0.3/0.2) and the points-table discount', () => {
    // jobs/m²: 0.04, 0.01, 0.06 → min-max 0.6, 0, 1.   investment 2M, 5M, 1M → 0.25, 1, 0.
    // risk (cost) 2, 4, 1 → (4−x)/3: 2/3, 0, 1.
    // C1 = 0.5·0.6 + 0.3·0.25 + 0.2·2/3 = 0.50833…; C2 = 0.3; C3 = 0.5 + 0 + 0.2 = 0.7.
    const r = scoreApplicants(criteria, applicants, 'wsm', { threshold: 60, pct: 50 });
    expect(r.applicants.map((a) => a.company)).toEqual(['C3', 'C1', 'C2']);
    expect(r.applicants.map((a) => a.points)).toEqual([70, 50.83, 30]);
    expect(r.applicants.map((a) => a.discountPct)).toEqual([50, 0, 0]);
    // Stability of the first place, by hand: moving w1 to t with the others in proportion,
    // score(t) = t·B + (1 − t)·c with B = jobs/m² normalized and c = the others' score / 0.5:
    // C3: t + 0.4(1 − t), C1: 0.6t + 0.41667(1 − t), C2: 0.6(1 − t). C2 overtakes C3 below t = 1/6
    // (0.4 + 0.6t = 0.6 − 0.6t), C1 only below 0.04; nobody above (C3 is best on jobs/m²).
    const s = r.sensitivity;
    expect(s?.topN).toBe(1);
    expect(s?.ranked.map((a) => a.key)).toEqual(['3', '1', '2']);
    expect(s?.criteria.map((c) => c.weight)).toEqual([0.5, 0.3, 0.2]);
    const [jobs] = s?.stability ?? [];
    expect(jobs?.lower).toBeCloseTo(1 / 6, 9);
    expect(jobs?.upper).toBe(1);
    expect(jobs?.belowLower).toEqual({ enters: '2', leaves: '3' });
    expect(jobs?.aboveUpper).toBeNull();
    expect(s?.stability).toHaveLength(3);
  });

  it('is the same engine: the scores equal rankAlternatives on the same matrix, for every method', () => {
    for (const method of ['wsm', 'topsis', 'promethee2', 'vikor'] as const) {
      const r = scoreApplicants(criteria, applicants, method, { threshold: null, pct: null });
      const direct = rankAlternatives(
        {
          alternatives: ['1', '2', '3'],
          criteria: criteria.map((c) => ({ name: c.name, direction: c.direction, weight: c.weight })),
          values: [
            [0.04, 2_000_000, 2],
            [0.01, 5_000_000, 4],
            [0.06, 1_000_000, 1],
          ],
        },
        { method },
      );
      const byId = new Map(r.applicants.map((a) => [a.prospectId, a.score]));
      expect([1, 2, 3].map((id) => byId.get(id))).toEqual(direct.scores);
    }
  });

  it('fills a missing value with the worst known one and says so', () => {
    const r = scoreApplicants(criteria, [...applicants.slice(0, 2), applicant(3, 30, 500, 1_000_000, null)], 'wsm', {
      threshold: null,
      pct: null,
    });
    expect(r.imputed).toEqual([{ company: 'C3', criterion: 'Risco ambiental', value: 4 }]);
  });

  it("says in codes what the ranking could not use, so the screen says it in the user's language", () => {
    const none = { threshold: null, pct: null };
    expect(scoreApplicants(criteria, applicants.slice(0, 1), 'wsm', none).warnings.map((w) => w.code)).toEqual(['too-few-applicants']);
    const zero = criteria.map((c) => ({ ...c, weight: 0 }));
    expect(scoreApplicants(zero, applicants, 'wsm', none).warnings.map((w) => w.code)).toEqual(['no-weight']);
    // Risk typed for nobody: left out. Same investment for all: cannot separate them.
    const same = [applicant(1, 40, 1000, 2_000_000, null), applicant(2, 10, 1000, 2_000_000, null)];
    const r = scoreApplicants(criteria, same, 'wsm', none);
    expect(r.warnings.map((w) => [w.code, w.params.criterion])).toEqual([
      ['no-values', 'Risco ambiental'],
      ['constant', 'Investimento'],
    ]);
    expect(r.applicants.map((a) => a.company)).toEqual(['C1', 'C2']);
  });

  it('applicants that differ on no criterion are listed tied, not refused', () => {
    const twins = [applicant(1, 40, 1000, 2_000_000, 2), applicant(2, 40, 1000, 2_000_000, 2)];
    const r = scoreApplicants(criteria, twins, 'topsis', { threshold: null, pct: null });
    expect(r.applicants.map((a) => a.rank)).toEqual([1, 1]);
    expect(r.warnings.map((w) => w.code)).toEqual(['constant', 'constant', 'constant', 'all-equal']);
    expect(r.sensitivity).toBeNull();
  });
});
