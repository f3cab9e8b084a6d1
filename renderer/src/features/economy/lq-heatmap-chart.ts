import { useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import type { ChartPanelProps } from './economy-ui';
import { useReasonText } from './economy-ui';
import { pivotLq } from './lq-grid';
import { HEATMAP_SECTORS, buildLqHeatmapOption, heatmapSelection } from './lq-heatmap-option';
import type { EconomyChartResults } from './use-economy-data';

type ChartInput = Omit<ChartPanelProps, 'errorText' | 'results'> & { results: EconomyChartResults };

/**
 * The LQ heat map as a chart (the area shows it as a grid of every municipality; a slide cannot):
 * the territory under study — a custom territory's row and its members — and the state's largest
 * municipalities, in the subject's sectors (its strongest, where there are too many to read).
 */
export function useLqHeatmapChart({ selection, results, sectorLabel, source }: ChartInput) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const { lq, subjectLq } = results;

  const picked = useMemo(() => {
    if (!lq.data || !subjectLq.data) return null;
    const grid = pivotLq(lq.data.rows, selection.territoryCode, locale);
    const own = subjectLq.data.rows[0]?.territoryKind === 'territory-set' ? pivotLq(subjectLq.data.rows, null, locale).rows : [];
    const subject = own.length > 0 ? own : grid.rows.filter((r) => r.territoryCode === selection.territoryCode);
    return heatmapSelection(grid, subject, selection.members);
  }, [lq.data, subjectLq.data, selection.territoryCode, selection.members, locale]);

  const option = useMemo(() => {
    if (!picked || picked.rows.length === 0 || picked.sectors.length === 0) return null;
    return buildLqHeatmapOption({
      rows: picked.rows,
      sectors: picked.sectors.map((s) => ({ code: s.code, label: sectorLabel(s.code, s.name) })),
      locale,
      dark,
      labels: {
        lq: t('vocations.columns.lq'),
        legend: t('legend.title'),
        noValue: t('legend.noValue'),
        source,
        reason: (row, code) => reasonText(row.reason[code] ?? null),
      },
    });
  }, [picked, sectorLabel, locale, dark, t, source, reasonText]);

  const title = t(picked?.cut ? 'heatmap.titleStrongest' : 'heatmap.title', {
    territory: selection.territoryName,
    year: selection.year ?? '',
    count: HEATMAP_SECTORS,
  });
  return { option, title, loading: lq.loading || subjectLq.loading, error: lq.error ?? subjectLq.error };
}
