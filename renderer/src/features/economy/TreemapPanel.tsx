import { Stack, useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import './economy-echarts';
import { reasonCode } from './economy-format';
import { ChartFrame, ECONOMY_CHART_HEIGHT, Section, useReasonText, type ChartPanelProps } from './economy-ui';
import { LqLegend } from './LqLegend';
import { buildTreemapOption, type TreemapItem } from './treemap-option';

type Props = ChartPanelProps;

/** The territory's sectors as areas sized by jobs, coloured by LQ class. */
export function TreemapPanel({ selection, results, sectorLabel, errorText, source }: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const { subjectLq: lq } = results;
  const { territoryName, year } = selection;

  const items = useMemo(
    (): TreemapItem[] =>
      (lq.data?.rows ?? []).map((r) => ({
        sectorCode: r.sectorCode,
        label: sectorLabel(r.sectorCode, r.sectorName),
        jobs: r.value,
        lq: r.lq,
        reason: r.lq === null ? reasonText(reasonCode(r)) : null,
      })),
    [lq.data, sectorLabel, reasonText],
  );
  const option = useMemo(
    () =>
      items.some((i) => i.jobs > 0)
        ? buildTreemapOption({
            items,
            locale,
            measure: selection.measure,
            dark,
            labels: { jobs: t(`measure.${selection.measure}`), share: t('vocations.columns.share'), lq: t('vocations.columns.lq'), source },
          })
        : null,
    [items, locale, dark, t, selection.measure, source],
  );
  const withoutJobs = items.filter((i) => i.jobs <= 0).map((i) => i.label);
  const title = t('treemap.title', { territory: territoryName, year: year ?? '', measure: t(`measureNoun.${selection.measure}`) });

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
          attributes={{ 'data-node-count': items.length - withoutJobs.length }}
        />
      )}
    </ChartFrame>
  );

  return (
    <Section
      title={title}
      testId="treemap-panel"
      footer={
        <>
          {selection.classification === 'ibge-setor' && `${t('treemap.ibgeNote')} `}
          {withoutJobs.length > 0 &&
            `${t('treemap.withoutJobs', { sectors: withoutJobs.join(', '), measure: t(`measureNoun.${selection.measure}`) })} `}
          {source}
        </>
      }
    >
      <Stack gap={6}>
        <LqLegend />
        {body}
      </Stack>
    </Section>
  );
}
