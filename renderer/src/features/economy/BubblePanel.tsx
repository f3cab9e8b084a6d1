import { Loader, useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { buildBubbleOption, type BubblePoint } from './bubble-option';
import './economy-echarts';
import { formatPercent, reasonCode } from './economy-format';
import type { EconomySelection } from './economy-selection';
import { ECONOMY_CHART_HEIGHT, EmptyState, Section, useReasonText } from './economy-ui';
import type { EconomyResults } from './use-economy-data';
import { referenceGrowth } from './vocations';

interface Props {
  selection: EconomySelection;
  results: EconomyResults;
  sectorLabel: (code: string, name: string) => string;
  errorText: (error: unknown) => string | null;
  source: string;
}

/** The territory's sectors by LQ (x), growth (y) and jobs (size), in the four classic quadrants. */
export function BubblePanel({ selection, results, sectorLabel, errorText, source }: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const { lq, shiftShare } = results;
  const { territoryCode, year, from, territoryName } = selection;

  const data = useMemo(() => {
    if (!lq.data || !shiftShare.data || territoryCode === null) return null;
    const g = referenceGrowth(shiftShare.data.rows);
    const lqBySector = new Map(lq.data.rows.filter((r) => r.territoryCode === territoryCode).map((r) => [r.sectorCode, r]));
    const points: BubblePoint[] = [];
    const excluded: string[] = [];
    for (const s of shiftShare.data.rows) {
      const l = lqBySector.get(s.sectorCode);
      const label = sectorLabel(s.sectorCode, s.sectorName);
      if (l?.lq != null && s.growth !== null) points.push({ sectorCode: s.sectorCode, label, lq: l.lq, growth: s.growth, jobs: s.jobsTo });
      else excluded.push(`${label} (${l?.lq == null ? reasonText(l ? reasonCode(l) : null) : reasonText('no-jobs-at-start')})`);
    }
    return { g, points, excluded };
  }, [lq.data, shiftShare.data, territoryCode, sectorLabel, reasonText]);

  const option = useMemo(() => {
    if (!data || data.g === null || data.points.length === 0 || from === null || year === null) return null;
    return buildBubbleOption({
      points: data.points,
      referenceGrowth: data.g,
      locale,
      dark,
      labels: {
        x: t('bubble.x'),
        y: t('bubble.y', { from, to: year }),
        jobs: t('bubble.size', { year }),
        quadrant: {
          specializedGrowing: t('bubble.quadrants.specializedGrowing'),
          specializedDeclining: t('bubble.quadrants.specializedDeclining'),
          emergent: t('bubble.quadrants.emergent'),
          lagging: t('bubble.quadrants.lagging'),
        },
        lqLine: t('bubble.lqLine'),
        growthLine: t('bubble.growthLine', {
          reference: lq.data?.reference.label ?? '',
          growth: formatPercent(data.g, locale, { signed: true }) ?? '',
        }),
        source,
      },
    });
  }, [data, from, year, locale, dark, t, source, lq.data]);

  const title = t('bubble.title', { territory: territoryName, from: from ?? '', to: year ?? '' });
  let body;
  if (from === null) body = <EmptyState height={ECONOMY_CHART_HEIGHT}>{t('vocations.needsTwoYears')}</EmptyState>;
  else if (lq.error || shiftShare.error)
    body = <EmptyState height={ECONOMY_CHART_HEIGHT}>{errorText(lq.error ?? shiftShare.error)}</EmptyState>;
  else if (!data || lq.loading || shiftShare.loading)
    body = (
      <EmptyState height={ECONOMY_CHART_HEIGHT}>
        <Loader size="sm" />
      </EmptyState>
    );
  else if (!option)
    body = (
      <EmptyState height={ECONOMY_CHART_HEIGHT} testId="bubble-empty">
        {t('bubble.empty', { territory: territoryName })}
      </EmptyState>
    );
  else
    body = (
      <Chart
        option={option}
        height={ECONOMY_CHART_HEIGHT}
        title={title}
        source={source}
        testId="economy-bubble"
        attributes={{ 'data-point-count': data.points.length }}
      />
    );

  return (
    <Section
      title={title}
      testId="bubble-panel"
      footer={
        <>
          {t('bubble.footer')}
          {data && data.excluded.length > 0 && ` ${t('bubble.excluded', { sectors: data.excluded.join('; ') })}`} {source}
        </>
      }
    >
      {body}
    </Section>
  );
}
