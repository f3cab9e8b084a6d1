import { Checkbox, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import './economy-echarts';
import { useWaterfallChart } from './economy-charts';
import { EconomyAddToMeeting } from './EconomyAddToMeeting';
import { ChartFrame, ECONOMY_CHART_HEIGHT, type ChartPanelProps } from './economy-ui';
import { Panel } from '../../components/Panel';

const ALL = '*';

type Props = ChartPanelProps;

/** How the territory's jobs changed: reference share, industry mix and regional shift add up to the total change. */
export function WaterfallPanel({ selection, results, sectorLabel, errorText, source }: Props) {
  const { t } = useTranslation('economy');
  const [picked, setPicked] = useState<string>(ALL);
  const [variant, setVariant] = useState(false);
  const { shiftShare } = results;
  const { from } = selection;
  const { rows, sector, built, title } = useWaterfallChart({
    selection,
    results,
    sectorLabel,
    source,
    picked: picked === ALL ? null : picked,
    variant,
  });
  const body = (
    <ChartFrame
      blocked={from === null ? t('vocations.needsTwoYears') : null}
      error={errorText(shiftShare.error)}
      loading={shiftShare.loading}
      empty={built?.empty ? t('waterfall.empty', { reason: built.empty }) : t('empty.noData')}
      emptyTestId={built?.empty ? 'waterfall-empty' : undefined}
    >
      {built?.option && (
        <Chart option={built.option} height={ECONOMY_CHART_HEIGHT} title={title} source={source} testId="economy-waterfall" />
      )}
    </ChartFrame>
  );

  return (
    <Panel
      className="economy-section"
      title={title}
      testId="waterfall-panel"
      controls={
        <>
          <Checkbox
            size="xs"
            label={t('waterfall.variant')}
            checked={variant}
            onChange={(e) => setVariant(e.currentTarget.checked)}
            data-testid="waterfall-variant"
          />
          <Select
            data={[
              { value: ALL, label: t('waterfall.allSectors') },
              ...rows.map((r) => ({ value: r.sectorCode, label: sectorLabel(r.sectorCode, r.sectorName) })),
            ]}
            value={sector ? picked : ALL}
            onChange={(v) => setPicked(v ?? ALL)}
            allowDeselect={false}
            w={300}
            aria-label={t('waterfall.sector')}
            data-testid="waterfall-sector"
          />
          <EconomyAddToMeeting
            selection={selection}
            results={results}
            chart="waterfall"
            chartTitle={title}
            drawn={!!built?.option && !shiftShare.loading}
            sector={sector?.sectorCode ?? null}
            variant={variant}
          />
        </>
      }
      footer={`${t(variant ? 'waterfall.footerEm' : 'waterfall.footer')} ${source}`}
    >
      {body}
    </Panel>
  );
}
