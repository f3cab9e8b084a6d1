import { useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PotentialSectorRow } from '../../../../shared/features/economy/types';
import { useLocale } from '../../i18n';
import type { EngineData } from '../../workspace/use-engine-data';
import { formatRatio } from './economy-format';
import type { ChartPanelProps } from './economy-ui';
import { buildPotentialOption } from './potential-option';
import type { EconomyChartResults } from './use-economy-data';
import { buildVocations } from './vocations';

type ChartInput = Omit<ChartPanelProps, 'errorText' | 'results'> & {
  results: EconomyChartResults;
  potential: EngineData<PotentialSectorRow[] | null>;
};

/**
 * The potential sectors the area lists beside the vocations, as bars of relatedness density, each
 * coloured by the territory's LQ class in it now, with the specializations that make it one.
 */
export function usePotentialChart({ selection, results, potential, sectorLabel, source }: ChartInput) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const { subjectLq } = results;
  const subject = subjectLq.data?.subject;

  const items = useMemo(() => {
    if (!subject || !subjectLq.data || !potential.data) return null;
    const summary = buildVocations({
      territoryCode: subject.id,
      lq: subjectLq.data.rows,
      shiftShare: null,
      diversity: null,
      potential: potential.data,
    });
    return summary?.potential ?? null;
  }, [subject, subjectLq.data, potential.data]);

  const option = useMemo(() => {
    if (!items || items.length === 0) return null;
    return buildPotentialOption({
      bars: items.map((p) => ({
        sectorCode: p.sectorCode,
        label: sectorLabel(p.sectorCode, p.sectorName),
        density: p.density,
        lq: p.lq,
        related: p.related
          .map((r) =>
            t('vocations.relatedItem', {
              sector: sectorLabel(r.sectorCode, r.sectorName),
              proximity: formatRatio(r.proximity, locale) ?? '',
            }),
          )
          .join('; '),
      })),
      locale,
      dark,
      labels: {
        density: t('potentialChart.density'),
        lq: t('vocations.columns.lq'),
        relatedTo: t('vocations.relatedTo'),
        legend: t('potentialChart.legend'),
        noValue: t('legend.noValue'),
        source,
      },
    });
  }, [items, sectorLabel, locale, dark, t, source]);

  const title = t('potentialChart.title', { territory: selection.territoryName, year: selection.year ?? '' });
  return {
    option,
    count: items?.length ?? 0,
    title,
    loading: subjectLq.loading || potential.loading,
    error: subjectLq.error ?? potential.error,
  };
}
