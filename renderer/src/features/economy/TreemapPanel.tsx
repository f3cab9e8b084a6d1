import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { useTreemapChart } from './economy-charts';
import { EconomyAddToMeeting } from './EconomyAddToMeeting';
import './economy-echarts';
import { ChartFrame, ECONOMY_CHART_HEIGHT, type ChartPanelProps } from './economy-ui';
import { Panel } from '../../components/Panel';

type Props = ChartPanelProps;

/** The territory's sectors as areas sized by jobs, coloured by LQ class. */
export function TreemapPanel({ selection, results, sectorLabel, errorText, source }: Props) {
  const { t } = useTranslation('economy');
  const { subjectLq: lq } = results;
  const { territoryName, year } = selection;
  const { items, option, withoutJobs, title, pending, onFinished } = useTreemapChart({ selection, results, sectorLabel, source });

  const body = (
    <ChartFrame
      error={errorText(lq.error)}
      loading={lq.loading}
      empty={t('treemap.empty', { territory: territoryName, year: year ?? '', measure: t(`measureNoun.${selection.measure}`) })}
      emptyTestId="treemap-empty"
    >
      {option && (
        <Chart
          option={option}
          height={ECONOMY_CHART_HEIGHT}
          title={title}
          source={source}
          testId="economy-treemap"
          pending={pending}
          onFinished={onFinished}
          attributes={{ 'data-node-count': items.length - withoutJobs.length }}
        />
      )}
    </ChartFrame>
  );

  return (
    <Panel
      className="economy-section"
      title={title}
      testId="treemap-panel"
      controls={
        <EconomyAddToMeeting selection={selection} results={results} chart="treemap" chartTitle={title} drawn={!!option && !lq.loading} />
      }
      footer={
        <>
          {`${t('legend.title')} — ${t('legend.hint')}. `}
          {selection.classification === 'ibge-setor' && `${t('treemap.ibgeNote')} `}
          {withoutJobs.length > 0 &&
            `${t('treemap.withoutJobs', { sectors: withoutJobs.join(', '), measure: t(`measureNoun.${selection.measure}`) })} `}
          {source}
        </>
      }
    >
      {body}
    </Panel>
  );
}
