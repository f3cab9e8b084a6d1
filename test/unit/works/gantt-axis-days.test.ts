import { CustomChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it } from 'vitest';
import { ganttOption, type GanttLabels } from '../../../renderer/src/features/works/gantt-option';
import type { PortfolioRow } from '../../../shared/features/works/types';

echarts.use([CustomChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const labels: GanttLabels = {
  planned: 'Previsto',
  actual: 'Realizado',
  baseline: 'Linha de base',
  today: 'Hoje',
  milestone: 'Marco',
  health: {
    'on-schedule': 'Em dia',
    late: 'Atrasada',
    paralysed: 'Paralisada',
    completed: 'Concluída',
    'not-started': 'Não iniciada',
    cancelled: 'Cancelada',
  },
  formatDate: (iso) => iso,
  milestoneName: (name) => name,
};

const work = {
  id: 1,
  siteName: 'DI Contagem',
  workCode: 'OB-1',
  title: 'Pavimentação',
  plannedStart: '2026-01-05',
  plannedEnd: '2026-09-30',
  actualStart: '2026-01-12',
  actualEnd: null,
  health: 'on-schedule',
} as unknown as PortfolioRow;

/** The time axis's labels as ECharts draws them. */
function axisLabels(zoom: 'month' | 'quarter'): string[] {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 1200, height: 300 });
  try {
    chart.setOption(ganttOption([work], '2026-04-15', labels, zoom, null, []));
    const svg = chart.renderToSVGString();
    return [...svg.matchAll(/>(\d{4}-\d{2}-\d{2})</g)].map((m) => m[1] ?? '');
  } finally {
    chart.dispose();
  }
}

describe('the Gantt time axis', () => {
  // East of UTC, each month's tick stood at the machine's midnight and read its eve: "2026-01-31"
  // under February, "2025-12-31" under January.
  it.each(['America/Sao_Paulo', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Adak'])(
    'labels each month tick with the month’s first day (%s)',
    (tz) => {
      process.env.TZ = tz;
      const shown = axisLabels('month');
      expect(shown.length).toBeGreaterThan(6);
      expect(shown.filter((day) => !day.endsWith('-01'))).toEqual([]);
      expect(shown).toContain('2026-02-01');
      const quarters = axisLabels('quarter');
      expect(quarters.length).toBeGreaterThan(1);
      expect(quarters.filter((day) => !day.endsWith('-01'))).toEqual([]);
    },
  );
});
