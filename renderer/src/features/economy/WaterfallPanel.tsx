import { Checkbox, Select, useComputedColorScheme } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { useLocale } from '../../i18n';
import './economy-echarts';
import { reasonCode } from './economy-format';
import { ChartFrame, ECONOMY_CHART_HEIGHT, Section, useReasonText, type ChartPanelProps } from './economy-ui';
import { sumShiftShare } from './vocations';
import { buildWaterfallOption, type WaterfallStep } from './waterfall-option';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';

const ALL = '*';

type EffectKey = 'referenceShare' | 'industryMix' | 'regionalShift' | 'competitive' | 'allocation';

type Props = ChartPanelProps;

/** How the territory's jobs changed: reference share, industry mix and regional shift add up to the total change. */
export function WaterfallPanel({ selection, results, sectorLabel, errorText, source }: Props) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const reasonText = useReasonText();
  const [picked, setPicked] = useState<string>(ALL);
  const [variant, setVariant] = useState(false);
  const { shiftShare } = results;
  const { from, year, territoryName } = selection;
  const rows = useMemo(() => shiftShare.data?.rows ?? [], [shiftShare.data]);
  const sector = picked === ALL ? null : (rows.find((r) => r.sectorCode === picked) ?? null);
  const reference = referenceNameIn(shiftShare.data?.reference.label ?? '', locale);

  const built = useMemo(() => {
    if (rows.length === 0) return null;
    const effects = sector ?? sumShiftShare(rows);
    const competitive = sector ? sector.competitive : rows.reduce((sum, r) => sum + (r.competitive ?? 0), 0);
    const allocation = sector ? sector.allocation : rows.reduce((sum, r) => sum + (r.allocation ?? 0), 0);
    const { referenceShare, industryMix, regionalShift, totalChange } = effects;
    if (
      referenceShare === null ||
      industryMix === null ||
      regionalShift === null ||
      (variant && (competitive === null || allocation === null))
    ) {
      return { empty: reasonText(sector ? reasonCode(sector) : null) };
    }
    const step = (key: EffectKey, value: number): WaterfallStep => ({
      key,
      value,
      label: t(`effects.${key}`),
      hint: t(`effectHints.${key}`, { reference, measure: t(`measureNoun.${selection.measure}`) }),
    });
    const steps = [step('referenceShare', referenceShare), step('industryMix', industryMix)];
    if (variant && competitive !== null && allocation !== null)
      steps.push(step('competitive', competitive), step('allocation', allocation));
    else steps.push(step('regionalShift', regionalShift));
    return {
      option: buildWaterfallOption({
        steps,
        total: {
          label: t('effects.totalChange'),
          hint: t('effectHints.totalChange', { reference, measure: t(`measureNoun.${selection.measure}`) }),
          value: totalChange,
        },
        locale,
        measure: selection.measure,
        dark,
        labels: { unit: t(`measureNoun.${selection.measure}`), source },
      }),
    };
  }, [rows, sector, variant, reasonText, t, reference, locale, dark, selection.measure, source]);

  const sectorName = sector ? sectorLabel(sector.sectorCode, sector.sectorName) : t('waterfall.allSectors');
  const title = t('waterfall.title', { territory: territoryName, sector: sectorName, from: from ?? '', to: year ?? '' });
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
    <Section
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
        </>
      }
      footer={`${t(variant ? 'waterfall.footerEm' : 'waterfall.footer')} ${source}`}
    >
      {body}
    </Section>
  );
}
