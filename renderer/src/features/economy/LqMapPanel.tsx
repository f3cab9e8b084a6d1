import { Select } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../../../../shared/domain/types';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import { useLqMapChart } from './economy-charts';
import { EconomyAddToMeeting } from './EconomyAddToMeeting';
import './economy-echarts';
import { ChartFrame, ECONOMY_CHART_HEIGHT, type ChartPanelProps } from './economy-ui';
import { Panel } from '../../components/Panel';
import { mapClickTarget, type ChartClick, type WhyTarget } from './why-target';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';

interface Props extends ChartPanelProps {
  municipalities: readonly Municipality[];
  onExplain: (target: WhyTarget) => void;
}

/**
 * The state's municipalities shaded by their LQ in one sector (by default the subject's strongest);
 * the subject is outlined — a custom territory's members all — and a click on a municipality or on
 * the subject's marker explains that LQ.
 */
export function LqMapPanel({ selection, results, municipalities, sectorLabel, errorText, source, onExplain }: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const [picked, setPicked] = useState<string | null>(null);
  const { lq } = results;
  const { sectors, sector, click, option, title, loading } = useLqMapChart({
    selection,
    results,
    sectorLabel,
    source,
    municipalities,
    picked,
  });

  const explain = useCallback(
    (event: ChartClick) => {
      const target = click ? mapClickTarget(event, click) : null;
      if (target) onExplain(target);
    },
    [click, onExplain],
  );

  return (
    <Panel
      className="economy-section"
      title={title}
      testId="map-panel"
      controls={
        <>
          <Select
            data={sectors}
            value={sector}
            onChange={setPicked}
            allowDeselect={false}
            searchable
            w={320}
            aria-label={t('map.sector')}
            data-testid="map-sector"
          />
          <EconomyAddToMeeting
            selection={selection}
            results={results}
            chart="map"
            chartTitle={title}
            drawn={!!option && !loading}
            sector={sector}
          />
        </>
      }
      footer={`${t(selection.territoryCode === null ? 'map.footerSet' : 'map.footer', { reference: referenceNameIn(lq.data?.reference.label ?? '', locale), territory: selection.territoryName })} ${t('map.clickHint')} ${source}`}
    >
      <ChartFrame error={errorText(lq.error)} loading={loading} empty={t('empty.noData')}>
        {option && (
          <Chart
            option={option}
            height={ECONOMY_CHART_HEIGHT}
            title={title}
            source={source}
            testId="economy-map"
            attributes={{ 'data-sector': sector ?? '', 'data-outlined': selection.members.length }}
            onClick={explain}
          />
        )}
      </ChartFrame>
    </Panel>
  );
}
