import { Alert, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatAmount, formatCount } from './economy-format';
import { translateEconomyError } from './economy-errors';
import { EMPTY_BASE, INITIAL_PICKS, resolveSelection, type EconomyPicks } from './economy-selection';
import { useSectorLabel } from './economy-ui';
import { BubblePanel } from './BubblePanel';
import { EconomyControls } from './EconomyControls';
import { ExportMenu } from './ExportMenu';
import { LqGridPanel } from './LqGridPanel';
import { LqMapPanel } from './LqMapPanel';
import { TreemapPanel } from './TreemapPanel';
import { sourceLine } from './economy-source';
import { useEconomyBase, useEconomyResults, useEconomySources } from './use-economy-data';
import { VocationsPanel } from './VocationsPanel';
import { WaterfallPanel } from './WaterfallPanel';
import { WhyModal, type WhyTarget } from './WhyModal';
import './economy.css';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';

const TABS = ['vocations', 'grid', 'bubble', 'waterfall', 'treemap', 'map'] as const;
type Tab = (typeof TABS)[number];

/**
 * Economic diagnosis: each territory's specializations (location quotient), growth (shift-share),
 * diversification and the sectors it could attract (relatedness), with "why this value" on every
 * number and the results as a workbook.
 */
export function EconomyArea({ initialTerritory = null }: { initialTerritory?: string | null } = {}) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const base = useEconomyBase();
  const [picks, setPicks] = useState<EconomyPicks>({ ...INITIAL_PICKS, territory: initialTerritory });
  const [tab, setTab] = useState<Tab>('vocations');
  const [why, setWhy] = useState<WhyTarget | null>(null);
  const selection = useMemo(() => resolveSelection(base.data ?? EMPTY_BASE, picks), [base.data, picks]);
  const results = useEconomyResults(selection);
  const sources = useEconomySources(selection);
  const sectorLabel = useSectorLabel(selection.classification);
  const nameOf = useCallback((code: number) => base.data?.municipalities.find((m) => m.code === code)?.name ?? String(code), [base.data]);
  const errorText = useCallback((error: unknown) => (error ? translateEconomyError(error, t, nameOf).message : null), [t, nameOf]);
  const change = useCallback((patch: Partial<EconomyPicks>) => setPicks((current) => ({ ...current, ...patch })), []);

  const reference = results.lq.data?.reference;
  const source = sourceLine(sources.data ?? [], [selection.from, selection.year], t, locale);
  // CNAE levels are offered only when the data has them; say so, so the planner knows where they went.
  const cnaeMissing = !selection.classifications.some((c) => c.value.startsWith('cnae'));
  const mainError = results.lq.error ? translateEconomyError(results.lq.error, t, nameOf) : null;

  if (base.loading) {
    return (
      <Center h="50vh" data-testid="area-economy">
        <Loader size="sm" />
      </Center>
    );
  }
  if (selection.classification === null) {
    return (
      <Stack gap="sm" data-testid="area-economy">
        <Title order={2}>{t('title')}</Title>
        {base.error ? (
          <Alert color="red" role="alert" data-testid="economy-error" title={translateEconomyError(base.error, t).title}>
            {translateEconomyError(base.error, t).message}
          </Alert>
        ) : (
          <Alert color="blue" data-testid="economy-no-data" title={t('empty.noDataTitle')}>
            {t('empty.noData')}
          </Alert>
        )}
      </Stack>
    );
  }
  const panel = { selection, results, sectorLabel, errorText };
  return (
    <Stack gap="xs" data-testid="area-economy" data-ready={!results.lq.loading && !base.loading && !sources.loading}>
      <Group justify="space-between" align="center" data-print-hide>
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('title')}</Title>
          <Text size="xs" c="dimmed">
            {t('subtitle')}
          </Text>
        </Group>
        <ExportMenu selection={selection} />
      </Group>
      <EconomyControls base={base.data ?? EMPTY_BASE} selection={selection} onChange={change} />
      {reference && !mainError && (
        <Text size="xs" c="dimmed" data-testid="economy-reference-info" data-print-hide>
          {t('referenceInfo', {
            label: referenceNameIn(reference.label, locale),
            territories: formatCount(reference.territories, locale) ?? '',
            total: formatAmount(reference.total, selection.measure, locale) ?? '',
            measure: t(`measureNoun.${selection.measure}`),
            year: selection.year ?? '',
          })}
          {cnaeMissing && ` ${t('controls.cnaeMissing')}`}
        </Text>
      )}
      {mainError && (
        <Alert color="orange" role="alert" title={mainError.title} data-testid="economy-error">
          {mainError.message}
          <Text size="xs" c="dimmed" mt={4}>
            {t('engineSays', { message: mainError.engineMessage })}
          </Text>
        </Alert>
      )}
      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
        <Tabs.List mb="xs" data-print-hide>
          {TABS.map((key) => (
            <Tabs.Tab key={key} value={key} data-testid={`economy-tab-${key}`}>
              {t(`tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="vocations">
          <VocationsPanel {...panel} source={source} onExplain={setWhy} />
        </Tabs.Panel>
        <Tabs.Panel value="grid">
          <LqGridPanel {...panel} source={source} onExplain={setWhy} />
        </Tabs.Panel>
        <Tabs.Panel value="bubble">
          <BubblePanel {...panel} source={source} onExplain={setWhy} />
        </Tabs.Panel>
        <Tabs.Panel value="waterfall">
          <WaterfallPanel {...panel} source={source} />
        </Tabs.Panel>
        <Tabs.Panel value="treemap">
          <TreemapPanel {...panel} source={source} />
        </Tabs.Panel>
        <Tabs.Panel value="map">
          <LqMapPanel {...panel} municipalities={base.data?.municipalities ?? []} source={source} onExplain={setWhy} />
        </Tabs.Panel>
      </Tabs>
      <WhyModal target={why} selection={selection} onClose={() => setWhy(null)} />
    </Stack>
  );
}
