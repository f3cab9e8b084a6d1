import { format } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { fitLabel, type fittedAxisLabel } from '../../../renderer/src/components/chart-label';
import { buildCorrelationOption } from '../../../renderer/src/features/prioritization/correlation-option';

/** Whether ECharts draws `label` whole in `width` px at `fontSize` (its own measure: no cut of its own). */
const drawnWhole = (label: string, width: number, fontSize: number) =>
  format.truncateText(label, width, `${fontSize}px sans-serif`, '…') === label;

/** Whether `label` is `whole`, or `whole` cut after a word with "…". */
const cutAtWord = (label: string, whole: string) =>
  label === whole || (label.endsWith('…') && whole.startsWith(label.slice(0, -1)) && /[\s·,;:–-]/.test(whole[label.length - 1] ?? ''));

describe("charts' names shortened at a word, measured as ECharts measures them", () => {
  // Seen in the prioritization area (pt-BR, 1440 × 900): "2. DI Juventino Dias (Cidade I...", and
  // "Federação das indústria..." / "Associação de municípi..." on the rankings' correlation.
  const cases: [string, number, number][] = [
    ['2. DI Juventino Dias (Cidade Industrial)', 170, 11],
    ['Federação das indústrias (ilustrativo)', 130, 11],
    ['Associação de municípios (ilustrativo)', 110, 11],
    ['OBR-DEMO-09 · Recapeamento das vias e calçadas', 210, 12],
  ];

  it.each(cases)('%s in %i px at %i px type', (name, width, fontSize) => {
    const label = fitLabel(name, width, fontSize);
    expect(drawnWhole(label, width, fontSize)).toBe(true);
    expect(cutAtWord(label, name)).toBe(true);
    // ECharts' own cut, which the axes used alone, ends mid-word here.
    const own = format.truncateText(name, width, `${fontSize}px sans-serif`, '...');
    expect(own).not.toBe(name);
    expect(cutAtWord(own.replace(/\.\.\.$/, '…'), name)).toBe(false);
  });

  it('leaves a name that fits as it is', () => {
    expect(fitLabel('DI de Betim', 170, 11)).toBe('DI de Betim');
  });

  it("is what the rankings' correlation draws on both axes, with ECharts' cut kept as the fallback", () => {
    const option = buildCorrelationOption({
      names: ['Federação das indústrias (ilustrativo)', 'Associação de municípios (ilustrativo)'],
      matrix: [
        [1, 0.74],
        [0.74, 1],
      ],
      measure: 'Spearman ρ',
      locale: 'pt-BR',
      labels: { undefined: 'indefinida' },
      dark: false,
    });
    for (const axis of [option.xAxis, option.yAxis] as unknown as { data: string[]; axisLabel: ReturnType<typeof fittedAxisLabel> }[]) {
      const { width, fontSize, formatter, overflow, ellipsis } = axis.axisLabel;
      expect([overflow, ellipsis]).toEqual(['truncate', '…']);
      for (const name of axis.data) {
        const label = formatter(name);
        expect(drawnWhole(label, width, fontSize)).toBe(true);
        expect(cutAtWord(label, name)).toBe(true);
      }
    }
  });
});
