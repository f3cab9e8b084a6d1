import { useComputedColorScheme } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { buildBubbleOption, type BubblePoint } from './bubble-option';
import './economy-echarts';
import { formatPercent, reasonCode } from './economy-format';
import { ChartFrame, ECONOMY_CHART_HEIGHT, Section, useReasonText, type ChartPanelProps } from './economy-ui';
import { referenceGrowth } from './vocations';
import { bubbleClickTarget, type ChartClick, type WhyTarget } from './why-target';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';

interface Props extends ChartPanelProps {
  onExplain: (target: WhyTarget) => void;
}

/**
 * The territory's sectors by LQ (x), growth (y) and jobs (size), in the four classic quadrants; a
 * click on a bubble explains its LQ.
 */
export function BubblePanel({ selection, results, sectorLabel, errorText, source, onExplain }: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const { subjectLq: lq, shiftShare } = results;
  const { year, from, territoryName } = selection;

  const data = useMemo(() => {
    if (!lq.data || !shiftShare.data) return null;
    const g = referenceGrowth(shiftShare.data.rows);
    const lqBySector = new Map(lq.data.rows.map((r) => [r.sectorCode, r]));
    const points: BubblePoint[] = [];
    const excluded: string[] = [];
    for (const s of shiftShare.data.rows) {
      const l = lqBySector.get(s.sectorCode);
      const label = sectorLabel(s.sectorCode, s.sectorName);
      if (l?.lq != null && s.growth !== null) points.push({ sectorCode: s.sectorCode, label, lq: l.lq, growth: s.growth, jobs: s.jobsTo });
      else excluded.push(`${label} (${l?.lq == null ? reasonText(l ? reasonCode(l) : null) : reasonText('no-jobs-at-start')})`);
    }
    return { g, points, excluded };
  }, [lq.data, shiftShare.data, sectorLabel, reasonText]);

  const option = useMemo(() => {
    if (!data || data.g === null || data.points.length === 0 || from === null || year === null) return null;
    return buildBubbleOption({
      points: data.points,
      referenceGrowth: data.g,
      locale,
      measure: selection.measure,
      dark,
      labels: {
        x: t('bubble.x'),
        y: t('bubble.y', { from, to: year }),
        jobs: t('bubble.size', { year, measure: t(`measure.${selection.measure}`) }),
        quadrant: {
          specializedGrowing: t('bubble.quadrants.specializedGrowing'),
          specializedDeclining: t('bubble.quadrants.specializedDeclining'),
          emergent: t('bubble.quadrants.emergent'),
          lagging: t('bubble.quadrants.lagging'),
        },
        lqLine: t('bubble.lqLine'),
        growthLine: t('bubble.growthLine', {
          reference: referenceNameIn(lq.data?.reference.label ?? '', locale),
          growth: formatPercent(data.g, locale, { signed: true }) ?? '',
        }),
        source,
      },
    });
  }, [data, from, year, locale, dark, t, source, lq.data, selection.measure]);

  const subject = lq.data?.rows[0];
  const explain = useCallback(
    (click: ChartClick) => {
      const target = data && subject ? bubbleClickTarget(click, data.points, subject) : null;
      if (target) onExplain(target);
    },
    [data, subject, onExplain],
  );

  const title = t('bubble.title', { territory: territoryName, from: from ?? '', to: year ?? '' });
  const body = (
    <ChartFrame
      blocked={from === null ? t('vocations.needsTwoYears') : null}
      error={errorText(lq.error ?? shiftShare.error)}
      loading={!data || lq.loading || shiftShare.loading}
      empty={t('bubble.empty', { territory: territoryName })}
      emptyTestId="bubble-empty"
    >
      {option && data && (
        <Chart
          option={option}
          height={ECONOMY_CHART_HEIGHT}
          title={title}
          source={source}
          testId="economy-bubble"
          attributes={{ 'data-point-count': data.points.length, 'data-points': data.points.map((p) => p.sectorCode).join(',') }}
          onClick={explain}
        />
      )}
    </ChartFrame>
  );

  return (
    <Section
      title={title}
      testId="bubble-panel"
      footer={
        <>
          {t('bubble.footer', { measure: t(`measureNoun.${selection.measure}`) })} {t('bubble.clickHint')}
          {data && data.excluded.length > 0 && ` ${t('bubble.excluded', { sectors: data.excluded.join('; ') })}`} {source}
        </>
      }
    >
      {body}
    </Section>
  );
}
