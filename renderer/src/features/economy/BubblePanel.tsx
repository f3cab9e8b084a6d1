import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { useBubbleChart } from './economy-charts';
import { EconomyAddToMeeting } from './EconomyAddToMeeting';
import './economy-echarts';
import { ChartFrame, ECONOMY_CHART_HEIGHT, type ChartPanelProps } from './economy-ui';
import { Panel } from '../../components/Panel';
import { bubbleClickTarget, type ChartClick, type WhyTarget } from './why-target';

interface Props extends ChartPanelProps {
  onExplain: (target: WhyTarget) => void;
}

/**
 * The territory's sectors by LQ (x), growth (y) and jobs (size), in the four classic quadrants; a
 * click on a bubble explains its LQ.
 */
export function BubblePanel({ selection, results, sectorLabel, errorText, source, onExplain }: Props) {
  const { t } = useTranslation('economy');
  const { subjectLq: lq, shiftShare } = results;
  const { from, territoryName } = selection;
  const { data, option, title } = useBubbleChart({ selection, results, sectorLabel, source });

  const subject = lq.data?.rows[0];
  const explain = useCallback(
    (click: ChartClick) => {
      const target = data && subject ? bubbleClickTarget(click, data.points, subject) : null;
      if (target) onExplain(target);
    },
    [data, subject, onExplain],
  );

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
    <Panel
      className="economy-section"
      title={title}
      testId="bubble-panel"
      controls={
        <EconomyAddToMeeting
          selection={selection}
          results={results}
          chart="bubble"
          chartTitle={title}
          drawn={!!option && !lq.loading && !shiftShare.loading}
        />
      }
      footer={
        <>
          {t('bubble.footer', { measure: t(`measureNoun.${selection.measure}`) })} {t('bubble.clickHint')}
          {data && data.excluded.length > 0 && ` ${t('bubble.excluded', { sectors: data.excluded.join('; ') })}`} {source}
        </>
      }
    >
      {body}
    </Panel>
  );
}
