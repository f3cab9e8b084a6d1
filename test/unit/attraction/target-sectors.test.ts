import { describe, expect, it } from 'vitest';
import type { LqRow, PotentialSectorRow, ShiftShareRow } from '../../../shared/features/economy/types';
import { proposeTargetSectors, rationaleIn } from '../../../shared/features/attraction/target-sectors';

const lq = (code: string, value: number, jobs: number): LqRow => ({
  territoryCode: 3106705,
  territoryName: 'Betim',
  sectorCode: code,
  sectorName: `S${code}`,
  year: 2020,
  value: jobs,
  lq: value,
  reason: null,
  reasonCode: null,
});
const ss = (code: string, from: number, to: number, shift: number): ShiftShareRow =>
  ({
    territoryCode: 3106705,
    territoryName: 'Betim',
    sectorCode: code,
    sectorName: `S${code}`,
    jobsFrom: from,
    jobsTo: to,
    regionalShift: shift,
  }) as ShiftShareRow;

describe('target sectors from the economic diagnosis', () => {
  it('orders specialized (LQ ≥ 1), then growing (positive regional shift), then potential, each once with its figures', () => {
    const potential: PotentialSectorRow[] = [
      { sectorCode: '2', sectorName: 'S2', density: 0.4, lq: 1.8, related: [] },
      { sectorCode: '6', sectorName: 'S6', density: 0.35, lq: 0.7, related: [] },
    ];
    const out = proposeTargetSectors({
      year: 2020,
      fromYear: 2019,
      lq: [lq('2', 1.8, 30_000), lq('4', 1.3, 5_000), lq('5', 0.9, 20_000), lq('6', 0.7, 40_000)],
      shiftShare: [ss('2', 28_000, 30_000, 500), ss('5', 18_000, 20_000, 900), ss('6', 41_000, 40_000, -300)],
      potential,
      locale: 'pt-BR',
    });
    expect(out.map((p) => [p.sectorCode, p.origin])).toEqual([
      ['2', 'specialized'],
      ['4', 'specialized'],
      ['5', 'growing'],
      ['6', 'potential'],
    ]);
    expect(out[0]?.rationale).toBe('Especializado: QL 1,80 em 2020 (30.000 empregos).');
    expect(out[2]?.growth).toBeCloseTo(2_000 / 18_000, 12);
    expect(out[2]?.rationale).toContain('+11,1%');
    expect(out[3]?.density).toBe(0.35);
  });

  it('proposes as specialized a sector the diagnosis calls so though it did not grow (LQ 1,24 fell through every reason)', () => {
    const out = proposeTargetSectors({
      year: 2020,
      fromYear: 2019,
      lq: [lq('7', 1.24, 37_199), lq('8', 0.1, 500)],
      shiftShare: [ss('7', 38_000, 37_199, -200), ss('8', 500, 500, 0)],
      potential: [{ sectorCode: '8', sectorName: 'S8', density: 0.2, lq: 0.1, related: [] }],
      locale: 'pt-BR',
    });
    expect(out.map((p) => [p.sectorCode, p.origin])).toEqual([
      ['7', 'specialized'],
      ['8', 'potential'],
    ]);
    // The LQ quoted is the sector's own, said as such (it read as its specialized neighbours').
    expect(out[1]?.rationale).toBe(
      'Potencial: densidade 0,20 — próximo de setores em que o território já é especializado; o QL do setor é 0,10.',
    );
    expect(rationaleIn('Potencial: densidade 0,20 — próximo de setores em que o território já é especializado (QL 0,10).', 'en')).toBe(
      "Potential: density 0.20 — close to sectors the territory is already specialized in; the sector's LQ is 0.10.",
    );
  });

  it('never proposes "não classificado" (NC), however high its LQ or its growth: it is no activity', () => {
    const out = proposeTargetSectors({
      year: 2020,
      fromYear: 2019,
      lq: [lq('NC', 10.1, 55_000), lq('4', 1.3, 5_000)],
      shiftShare: [ss('NC', 40_000, 55_000, 9_000), ss('4', 4_000, 5_000, 100)],
      potential: [{ sectorCode: 'NC', sectorName: 'Não classificado', density: 0.9, lq: 0.5, related: [] }],
      locale: 'pt-BR',
    });
    expect(out.map((p) => [p.sectorCode, p.origin])).toEqual([['4', 'specialized']]);
  });
});

describe("a proposed sector's rationale in another language (a plan keeps the language it was proposed in)", () => {
  const proposed = (locale: 'pt-BR' | 'en' | 'es') =>
    proposeTargetSectors({
      year: 2020,
      fromYear: 2019,
      lq: [lq('2', 1.8, 30_000), lq('5', 0.9, 1_234_567), lq('6', 0.7, 40_000)],
      shiftShare: [ss('5', 1_200_000, 1_234_567, 12_345.4), ss('2', 28_000, 30_000, 500)],
      potential: [{ sectorCode: '6', sectorName: 'S6', density: 0.35, lq: null, related: [] }],
      locale,
    }).map((p) => p.rationale);

  it('reads each reason written in one language and writes it as proposed in another, numbers in its digits', () => {
    const languages = ['pt-BR', 'en', 'es'] as const;
    // One of each reason: specialized, growing (+2,9% and a regional shift of 12.345), potential (no LQ: "—").
    expect(proposed('pt-BR').map((r) => r.split(':')[0])).toEqual(['Especializado', 'Em crescimento', 'Potencial']);
    for (const from of languages)
      for (const to of languages)
        expect(
          proposed(from).map((r) => rationaleIn(r, to)),
          `${from} → ${to}`,
        ).toEqual(proposed(to));
    expect(rationaleIn('Especializado: QL 1,80 em 2020 (30.000 empregos).', 'en')).toBe('Specialized: LQ 1.80 in 2020 (30,000 jobs).');
  });

  it('keeps a rationale the planner typed', () => {
    expect(rationaleIn('Demanda da Fiat por fornecedores locais.', 'es')).toBe('Demanda da Fiat por fornecedores locais.');
  });
});
