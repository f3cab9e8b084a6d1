import { describe, expect, it } from 'vitest';
import type { PortfolioRow } from '../../../shared/features/works/types';
import {
  EXPORT_ROW_HEIGHT,
  GANTT_WINDOW,
  ganttFullView,
  ganttHeight,
  ganttOption,
  ganttOrder,
} from '../../../renderer/src/features/works/gantt-option';
import { format } from 'echarts/core';
import { HEALTH_COLORS } from '../../../renderer/src/features/works/works-format';
import { worksChartLabels } from '../../../renderer/src/features/works/works-chart-labels';
import type { TFunction } from 'i18next';
import worksTexts from '../../../renderer/src/features/works/locales/pt-BR.json';

const labels = {
  planned: 'Previsto',
  actual: 'Real',
  baseline: 'Linha de base',
  today: 'Hoje',
  milestone: 'Marco',
  // The UI's own words for each schedule health.
  health: worksTexts.health,
  formatDate: (iso: string) => iso,
  milestoneName: (name: string) => name,
};

function rows(n: number): PortfolioRow[] {
  return Array.from({ length: n }, (_, i) => {
    const month = String((i % 12) + 1).padStart(2, '0');
    return {
      id: i + 1,
      siteId: (i % 5) + 1,
      siteCode: `S${i % 5}`,
      siteName: `Distrito ${i % 5}`,
      workCode: `OB-${String(i + 1).padStart(4, '0')}`,
      title: `Obra ${i + 1}`,
      category: 'paving',
      fundingSource: null,
      status: 'in-progress',
      health: i % 3 === 0 ? 'late' : 'on-schedule',
      budgetPlanned: 1000,
      committed: 0,
      disbursed: 0,
      physicalProgress: 0,
      plannedProgress: 0,
      ev: 0,
      pv: 0,
      ac: 0,
      spi: null,
      cpi: null,
      plannedStart: `2025-${month}-01`,
      plannedEnd: `2026-${month}-28`,
      actualStart: `2025-${month}-05`,
      actualEnd: null,
      forecastEnd: null,
      lastMeasurement: null,
      illustrative: false,
    } satisfies PortfolioRow;
  });
}

type Option = {
  legend: { data: string[] };
  yAxis: { data: string[] };
  series: { name: string; color: string; data: { value: number[]; itemStyle?: { color: string } }[] }[];
};

describe('Gantt option: the window on screen, every row in the export and meeting view', () => {
  const portfolio = ganttOrder(rows(130));

  it('draws one window of GANTT_WINDOW rows on screen, the axis spanning every row', () => {
    const option = ganttOption(portfolio, '2025-07-02', labels, 'month', null, [], GANTT_WINDOW, true) as unknown as Option;
    expect(option.yAxis.data).toHaveLength(GANTT_WINDOW);
    expect(option.yAxis.data[0]).toBe(`${portfolio[GANTT_WINDOW]?.workCode} · ${portfolio[GANTT_WINDOW]?.title}`);
  });

  it('the full view (PNG/SVG export, meeting mode) has every row, each with its planned bar (and actual bar once started), at a height that fits them', () => {
    const { option, height } = ganttFullView(portfolio, '2025-07-02', labels, 'month', null, []);
    const o = option as unknown as Option;
    expect(o.yAxis.data).toHaveLength(130);
    expect(o.yAxis.data.at(-1)).toBe(`${portfolio[129]?.workCode} · ${portfolio[129]?.title}`);
    const planned = o.series.find((s) => s.name === 'Previsto');
    const actual = { data: o.series.filter((s) => s.name.startsWith('Real — ')).flatMap((s) => s.data) };
    expect(planned?.data).toHaveLength(130);
    // Actual bars for the works started by the status date, wherever they are in the order.
    expect(actual?.data).toHaveLength(portfolio.filter((r) => (r.actualStart ?? '9999') <= '2025-07-02').length);
    expect(Math.max(...(actual?.data.map((d) => d.value[0] ?? 0) ?? []))).toBeGreaterThan(GANTT_WINDOW * 2);
    // Every row index 0…129 has its bar.
    expect(new Set(planned?.data.map((d) => d.value[0]))).toEqual(new Set(Array.from({ length: 130 }, (_, i) => i)));
    expect(height).toBe(ganttHeight(130, EXPORT_ROW_HEIGHT));
    expect(height).toBe(130 * EXPORT_ROW_HEIGHT + 90);
  });

  it('keys the actual bars by schedule health in the legend, each series in its health colour', () => {
    const o = ganttFullView(portfolio, '2025-07-02', labels, 'month', null, []).option as unknown as Option;
    // rows(): every third work is late, the others on schedule; no baseline chosen.
    expect(o.legend.data).toEqual(['Previsto', 'Real — No prazo', 'Real — Atrasada', 'Marco']);
    const late = o.series.find((s) => s.name === 'Real — Atrasada');
    expect(late?.color).toBe(HEALTH_COLORS.late);
    expect(late?.data.every((d) => d.itemStyle?.color === HEALTH_COLORS.late)).toBe(true);
    const lateRows = new Set(late?.data.map((d) => o.yAxis.data[d.value[0] ?? -1]?.split(' · ')[0]));
    const started = portfolio.filter((r) => (r.actualStart ?? '9999') <= '2025-07-02');
    expect(lateRows).toEqual(new Set(started.filter((r) => r.health === 'late').map((r) => r.workCode)));
    expect(o.series.find((s) => s.name === 'Real — No prazo')?.color).toBe(HEALTH_COLORS['on-schedule']);
  });
});

describe("the Gantt's milestones", () => {
  it("say the demo's milestones in the language in use in their diamonds' tooltips (they read Portuguese in en and es)", () => {
    const t = ((key: string) => key) as unknown as TFunction<'works'>;
    const stored = [
      { id: 1, workId: 1, name: 'Ordem de serviço', plannedDate: '2025-01-01', actualDate: '2025-01-08' },
      { id: 2, workId: 1, name: 'Vistoria do Corpo de Bombeiros', plannedDate: '2025-06-01', actualDate: null },
    ];
    const tips = (locale: 'es' | 'en') => {
      const o = ganttOption(rows(1), '2025-07-02', worksChartLabels(t, locale).gantt, 'month', null, stored) as unknown as {
        series: { name: string; data: { tip?: string }[] }[];
      };
      return o.series.find((s) => s.name === 'gantt.milestone')?.data.map((d) => d.tip);
    };
    expect(tips('es')).toEqual(['Orden de inicio', 'Vistoria do Corpo de Bombeiros']);
    expect(tips('en')).toEqual(['Notice to proceed', 'Vistoria do Corpo de Bombeiros']);
  });
});

describe("the Gantt's row labels", () => {
  // In a browser "OBR-DEMO-09 · Recapeamento das…" (32 characters, the old rule) was wider than the
  // row's 210 px and ECharts cut it again, mid-word: "Recapeamento da...".
  it('fit the row as ECharts measures them, each shortened at a word of its title', () => {
    const titles = ['Rede de fibra óptica do distrito', 'Recapeamento das vias e calçadas', 'Pavimentação das vias internas', 'Drenagem'];
    const long = titles.map((title, i) => ({ ...rows(1)[0]!, id: i + 1, workCode: `OBR-DEMO-${String(i + 9).padStart(2, '0')}`, title }));
    const option = ganttOption(long, '2025-07-02', labels, 'month', null, [], 0, true) as unknown as {
      yAxis: { data: string[]; axisLabel: { width: number; fontSize: number; formatter: (name: string) => string } };
    };
    const { width, fontSize, formatter } = option.yAxis.axisLabel;
    expect(fontSize).toBe(12);
    const drawn = option.yAxis.data.map(formatter);
    expect(drawn).toHaveLength(4);
    drawn.forEach((label, i) => {
      expect(format.truncateText(label, width, '12px sans-serif', '…')).toBe(label);
      const whole = `${long[i]!.workCode} · ${titles[i]}`;
      if (label === whole) return;
      const kept = label.slice(0, -1);
      expect(label.endsWith('…') && whole.startsWith(kept) && whole[kept.length] === ' ').toBe(true);
    });
    expect(drawn[3]).toBe('OBR-DEMO-12 · Drenagem');
  });
});
