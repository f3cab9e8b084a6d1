import { describe, expect, it } from 'vitest';
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import { buildJobsBySectorOption } from '../../../renderer/src/features/dashboard/jobs-by-sector-option';

const totals = [
  { sectorCode: '1', sectorName: 'Extrativa mineral', value: 64_898 },
  { sectorCode: '6', sectorName: 'Serviços', value: 1_634_665 },
  { sectorCode: '5', sectorName: 'Comércio', value: 939_311 },
];

function build(locale: 'pt-BR' | 'en' | 'es' = 'pt-BR') {
  return buildJobsBySectorOption({
    totals,
    sectorLabel: (s) => `${s.sectorCode} ${s.sectorName}`,
    locale,
    labels: { series: 'Empregos formais', unit: 'empregos', source: 'Fonte: RAIS 2020' },
    dark: false,
  });
}

describe('buildJobsBySectorOption', () => {
  it('lists sectors from the largest down, as horizontal bars', () => {
    const option = build();
    const yAxis = Array.isArray(option.yAxis) ? option.yAxis[0] : option.yAxis;
    expect(yAxis?.type).toBe('category');
    expect(yAxis && 'data' in yAxis ? yAxis.data : null).toEqual(['6 Serviços', '5 Comércio', '1 Extrativa mineral']);
    expect(yAxis && 'inverse' in yAxis ? yAxis.inverse : null).toBe(true);
    const series = Array.isArray(option.series) ? option.series[0] : option.series;
    expect(series?.data).toEqual([1_634_665, 939_311, 64_898]);
  });

  it('wraps a long sector name at spaces instead of cutting it mid-word', () => {
    const yAxis = [build().yAxis].flat()[0];
    // ECharts' default line height for a wrapped axis label let its two lines overlap.
    expect(yAxis?.axisLabel).toMatchObject({ width: 190, overflow: 'break', lineHeight: 14 });
  });

  it('does not change the caller’s array', () => {
    build();
    expect(totals.map((t) => t.sectorCode)).toEqual(['1', '6', '5']);
  });

  it('tooltips give the value in the locale, the unit, the share of the total and the source', () => {
    const option = build('pt-BR');
    const t = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip;
    const formatter = t?.formatter as (p: TooltipComponentFormatterCallbackParams) => string;
    const text = formatter([{ dataIndex: 0 }] as unknown as TooltipComponentFormatterCallbackParams);
    expect(text).toContain('1.634.665');
    expect(text).toContain('empregos');
    expect(text).toContain('(61,9%)');
    expect(text).toContain('Fonte: RAIS 2020');
  });

  it('labels bars with full numbers in the chosen language', () => {
    const series = build('en').series;
    const bar = Array.isArray(series) ? series[0] : series;
    const label = bar?.label?.formatter as (p: { value: unknown }) => string;
    expect(label({ value: 1_634_665 })).toBe('1,634,665');
  });
});
