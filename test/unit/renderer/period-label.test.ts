import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthLabel, periodInputText, periodLabel } from '../../../renderer/src/i18n/period-label';
import { earnedValueOption, sCurveOption } from '../../../renderer/src/features/works/scurve-option';
import type { SCurvePoint } from '../../../shared/analysis/works/s-curve';
import { monitorChartOption } from '../../../renderer/src/features/programmes/monitor-chart';
import type { MonitorRow } from '../../../shared/features/programmes/types';
import { initAppI18n } from '../../support/i18n';
import { parsePeriod } from '../../../shared/features/programmes/periods';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initAppI18n();
});
const label = (key: string, locale: 'pt-BR' | 'en' | 'es') => periodLabel(key, locale, i18n.getFixedT(locale, 'translation'));

describe('periods as the UI writes them (stored as 2025, 2025-Q1, 2025-04): programmes and the import wizard', () => {
  it('writes a quarter in the UI language, not with the English "Q" in pt-BR and es', () => {
    expect(label('2025-Q1', 'pt-BR')).toBe('1º trim. 2025');
    expect(label('2025-Q4', 'en')).toBe('Q4 2025');
    expect(label('2025-Q2', 'es')).toBe('T2 2025');
  });

  it('gives a stored quarter to the target field as the language types it (T in pt-BR and es), which the field reads back', () => {
    expect(periodInputText('2025-Q1', i18n.getFixedT('pt-BR', 'translation'))).toBe('2025-T1');
    expect(periodInputText('2025-Q3', i18n.getFixedT('es', 'translation'))).toBe('2025-T3');
    expect(periodInputText('2025-Q3', i18n.getFixedT('en', 'translation'))).toBe('2025-Q3');
    expect(periodInputText('2025-04', i18n.getFixedT('pt-BR', 'translation'))).toBe('2025-04');
    expect(periodInputText('2025', i18n.getFixedT('pt-BR', 'translation'))).toBe('2025');
    expect(parsePeriod(periodInputText('2025-Q2', i18n.getFixedT('pt-BR', 'translation')))?.key).toBe('2025-Q2');
  });

  it('writes a month by its short name and keeps a year, or any other text, as it is', () => {
    expect(label('2025-04', 'pt-BR')).toBe('abr. de 2025');
    expect(label('2025-04', 'en')).toBe('Apr 2025');
    expect(label('2025', 'es')).toBe('2025');
    expect(label('2025-13', 'pt-BR')).toBe('2025-13');
    // A header that names no period (the import wizard's mark).
    expect(periodLabel(null, 'en', i18n.getFixedT('en', 'translation'))).toBe('?');
  });

  const monitorLabels = { target: 'Meta', actual: 'Realizado', actualKey: 'Realizado: verde / âmbar / vermelho' };

  it('labels the monitoring chart’s periods so', () => {
    const row = { period: '2025-Q1', target: 40, actual: 30, rag: 'amber' } as MonitorRow;
    const option = monitorChartOption([row], monitorLabels, String, (k) => label(k, 'pt-BR'));
    expect((option.xAxis as { data: string[] }).data).toEqual(['1º trim. 2025']);
  });

  it('keys the monitoring chart’s colours in the chart itself, which is what meeting mode and its PNG show', () => {
    // The key was two badges under the chart on the page: full screen, grey and orange bars had no meaning.
    const row = { period: '2025-Q1', target: 40, actual: 30, rag: 'amber' } as MonitorRow;
    const option = monitorChartOption([row], monitorLabels, String, (k) => label(k, 'pt-BR')) as {
      legend: { show?: boolean; formatter: (name: string) => string };
      series: { name: string }[];
    };
    expect(option.legend.show).not.toBe(false);
    expect(option.series.map((s) => option.legend.formatter(s.name))).toEqual(['Meta', 'Realizado: verde / âmbar / vermelho']);
  });

  it('labels the works S-curve’s and earned value’s months so, not as the ISO key 2024-08', () => {
    const point = { month: '2024-08', planned: 1, physical: 1, financial: 1, pv: 1, ev: 1, ac: 1 } as SCurvePoint;
    const month = (locale: 'pt-BR' | 'es') => (m: string) => monthLabel(m, locale);
    const curve = sCurveOption([point], {
      planned: '',
      physical: '',
      financial: '',
      formatPct: String,
      formatAxisPct: String,
      formatMonth: month('pt-BR'),
    });
    expect((curve.xAxis as { data: string[] }).data).toEqual(['ago. de 2024']);
    const ev = earnedValueOption([point], { pv: '', ev: '', ac: '', formatMoney: String, formatMonth: month('es') });
    expect((ev.xAxis as { data: string[] }).data).toEqual(['ago 2024']);
  });
});
