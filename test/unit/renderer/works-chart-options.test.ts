import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { budgetOption, earnedValueOption, sCurveOption } from '../../../renderer/src/features/works/scurve-option';
import { worksChartLabels } from '../../../renderer/src/features/works/works-chart-labels';

const labels = { planned: 'Previsto', committed: 'Empenhado', disbursed: 'Desembolsado', formatMoney: (v: number) => `R$ ${v}` };

describe('the works charts', () => {
  it('bars planned, committed and disbursed per district, long names wrapped at spaces rather than cut', () => {
    const option = budgetOption(
      [
        { name: 'Distrito Industrial de Governador Valadares', planned: 3_300_000, committed: 1_300_000, disbursed: 800_000 },
        { name: 'Distrito Industrial de Betim', planned: 6_800_000, committed: 5_900_000, disbursed: 5_400_000 },
      ],
      labels,
    );
    const yAxis = [option.yAxis].flat()[0] as { data: string[]; axisLabel: Record<string, unknown> };
    expect(yAxis.data).toEqual(['Distrito Industrial de Governador Valadares', 'Distrito Industrial de Betim']);
    // 'truncate' cut it to "Distrito Industrial de Governador …"; a line height, or the two lines overlap.
    expect(yAxis.axisLabel).toMatchObject({ width: 190, overflow: 'break', lineHeight: 14 });
    const series = [option.series].flat() as { name: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Previsto', [3_300_000, 6_800_000]],
      ['Empenhado', [1_300_000, 5_900_000]],
      ['Desembolsado', [800_000, 5_400_000]],
    ]);
  });

  it('draws the physical line (and EV) wider, under the financial one (and AC), so coinciding lines both show', () => {
    const point = { month: '2025-01', planned: 10, physical: 8, financial: 8, pv: 100, ev: 80, ac: 80 };
    const width = (option: ReturnType<typeof sCurveOption>, i: number) =>
      ([option.series].flat()[i] as { lineStyle?: { width?: number } }).lineStyle?.width ?? 2;
    const curve = sCurveOption([point] as never, {
      planned: 'P',
      physical: 'F',
      financial: 'Fin',
      formatPct: String,
      formatAxisPct: String,
      formatMonth: String,
    });
    expect(width(curve, 1)).toBeGreaterThan(width(curve, 2) + 2);
    const ev = earnedValueOption([point] as never, { pv: 'VP', ev: 'VA', ac: 'CR', formatMoney: String, formatMonth: String });
    expect(width(ev, 1)).toBeGreaterThan(width(ev, 2) + 2);
  });

  it("writes the S-curve's axis percentages as the language does: 20 % in es, 20% in pt-BR (CLDR)", () => {
    const t = ((key: string) => key) as unknown as TFunction<'works'>;
    const point = { month: '2025-01', date: '2025-01-31', planned: 10, physical: 8, financial: 8, committed: 100, pv: 100, ev: 80, ac: 80 };
    const tick = (locale: 'pt-BR' | 'es' | 'en') => {
      const yAxis = [sCurveOption([point], worksChartLabels(t, locale).scurve).yAxis].flat()[0] as {
        axisLabel: { formatter: (v: number) => string };
      };
      return yAxis.axisLabel.formatter(20);
    };
    expect(tick('es')).toBe('20\u00a0%');
    expect(tick('pt-BR')).toBe('20%');
    expect(tick('en')).toBe('20%');
  });
});
