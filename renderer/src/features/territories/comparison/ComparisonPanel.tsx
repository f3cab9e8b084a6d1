import {
  Alert,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPARE_MAX_SUBJECTS, type SubjectKind } from '../../../../../shared/features/territories/types';
import { Chart } from '../../../components/Chart';
import { Panel } from '../../../components/Panel';
import { DataGrid } from '../../../components/DataGrid';
import { useLocale } from '../../../i18n';
import { translateError } from '../../../notifications/notify-error';
import { useEngineData } from '../../../workspace/use-engine-data';
import '../charts/register-charts';
import '../territories.css';
import { AddToMeeting } from '../meeting/AddToMeeting';
import { compareStore, goToSurvey, openProfile, useCompareSelection } from '../stores';
import { compareColumns, compareGridHeight, compareGridRows, type CompareGridRow } from './comparison-table';
import { useComparison } from './use-comparison';

const CHART_HEIGHT = 420;
const rowId = (r: CompareGridRow) => r.key;

/**
 * Compare 2–10 districts or municipalities side by side: a table with the best value of each row
 * marked and the differences to a chosen baseline, a radar and a bar chart — all exportable.
 */
export function ComparisonPanel() {
  const { t } = useTranslation('territories');
  const { locale } = useLocale();
  const selection = useCompareSelection();
  const [relative, setRelative] = useState(false);
  const [showEmpty, setShowEmpty] = useState(false);
  const [barRow, setBarRow] = useState<string | null>(null);

  const options = useEngineData(
    async (engine) =>
      selection.kind === 'site'
        ? (await engine.listSites()).map((s) => ({
            value: String(s.id),
            label: s.municipalityName ? `${s.name} (${s.municipalityName})` : s.name,
          }))
        : (await engine.listMunicipalities({})).map((m) => ({ value: String(m.code), label: `${m.name} – ${m.stateAbbr}` })),
    [selection.kind],
  );
  const view = useComparison({ kind: selection.kind, ids: selection.ids, baseline: selection.baseline, chart: 'radar', row: barRow });
  const comparison = view.comparison;

  const setKind = (kind: SubjectKind) => compareStore.set({ kind, ids: [], baseline: 0 });
  const setIds = (values: string[]) =>
    compareStore.set({ ...selection, ids: values.slice(0, COMPARE_MAX_SUBJECTS).map(Number), baseline: 0 });
  const baseline = Math.min(selection.baseline, Math.max(0, selection.ids.length - 1));

  const surveyEmpty = view.compared.filter((c) => c.row.group === 'survey').every((c) => c.row.values.every((v) => v === null));
  const visible = view.compared.filter((c) => showEmpty || c.row.values.some((v) => v !== null));
  const hidden = view.compared.length - visible.length;
  const rows = useMemo(() => compareGridRows(visible, selection.kind, relative, locale, t), [visible, selection.kind, relative, locale, t]);
  const columns = useMemo(
    () => (comparison ? compareColumns(comparison.subjects, baseline, relative, locale, t) : []),
    [comparison, baseline, relative, locale, t],
  );
  const ready = comparison !== null && !view.loading;
  const tooFew = selection.ids.length < 2;

  return (
    <Stack gap="xs" data-testid="compare-panel" data-ready={ready && !tooFew ? 'true' : 'false'}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <SegmentedControl
          size="xs"
          value={selection.kind}
          onChange={(v) => setKind(v)}
          data={[
            { value: 'site', label: t('compare.kindSites') },
            { value: 'municipality', label: t('compare.kindMunicipalities') },
          ]}
          data-testid="compare-kind"
        />
        <MultiSelect
          size="xs"
          label={t('compare.subjects')}
          placeholder={selection.ids.length === 0 ? t('compare.pickSubjects') : undefined}
          data={options.data ?? []}
          value={selection.ids.map(String)}
          onChange={setIds}
          searchable
          limit={60}
          maxValues={COMPARE_MAX_SUBJECTS}
          clearable
          w={560}
          nothingFoundMessage={t('compare.nothingFound')}
          data-testid="compare-subjects"
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          size="xs"
          label={t('compare.baseline')}
          data={(comparison?.subjects ?? []).map((s, i) => ({ value: String(i), label: s.name }))}
          value={String(baseline)}
          onChange={(v) => v !== null && compareStore.set({ ...selection, baseline: Number(v) })}
          allowDeselect={false}
          disabled={!comparison}
          w={260}
          data-testid="compare-baseline"
        />
        <Switch
          size="xs"
          label={t('compare.relative')}
          checked={relative}
          onChange={(e) => setRelative(e.currentTarget.checked)}
          data-testid="compare-relative"
        />
        <Switch size="xs" label={t('compare.showEmpty')} checked={showEmpty} onChange={(e) => setShowEmpty(e.currentTarget.checked)} />
      </Group>

      {tooFew && (
        <Alert color="blue" data-testid="compare-empty">
          {t('compare.emptyHint')}
        </Alert>
      )}
      {view.error !== null && (
        <Alert color="red" title={translateError(view.error).title}>
          {translateError(view.error).message}
        </Alert>
      )}
      {!tooFew && !ready && view.error === null && (
        <Center h={200}>
          <Loader size="sm" />
        </Center>
      )}
      {!tooFew && ready && comparison && (
        <>
          {selection.kind === 'site' && surveyEmpty && (
            <Alert color="yellow" data-testid="compare-no-survey">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{t('compare.noSurvey')}</Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  data-testid="compare-enter-survey"
                  // The survey of the first district compared: the Indicators tab opens on its values.
                  onClick={() => comparison.subjects[0] && goToSurvey(comparison.subjects[0].ref.id)}
                >
                  {t('compare.enterSurvey')}
                </Button>
              </Group>
            </Alert>
          )}
          <Group gap="xs">
            {comparison.subjects.map((s) => (
              <Button key={`${s.ref.kind}-${s.ref.id}`} size="compact-xs" variant="subtle" onClick={() => openProfile(s.ref)}>
                {t('compare.profileOf', { name: s.name })}
              </Button>
            ))}
          </Group>
          <DataGrid<CompareGridRow>
            rowData={rows}
            columnDefs={columns}
            getRowId={rowId}
            testId="compare-grid"
            height={compareGridHeight(rows)}
            exportName={t('compare.exportName')}
            exportNotes={[
              [t('compare.columns.subjects'), comparison.subjects.map((s) => s.name).join('; ')],
              [t('compare.baseline'), comparison.subjects[baseline]?.name ?? ''],
              [t('compare.notesBest'), t('compare.bestNote')],
            ]}
            toolbar={
              <Text size="xs" c="dimmed">
                {hidden > 0 ? t('compare.hiddenRows', { count: hidden }) : t('compare.bestNote')}
              </Text>
            }
          />
          <Grid gap="xs">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Panel
                title={t('compare.radar')}
                controls={
                  view.radar && (
                    <AddToMeeting
                      view={{
                        kind: 'compare',
                        title: view.radar.title,
                        spec: { kind: selection.kind, ids: selection.ids, baseline, chart: 'radar', row: null },
                      }}
                      testId="compare-radar-add-to-meeting"
                    />
                  )
                }
                footer={t('compare.radarNote')}
              >
                {view.radar ? (
                  <Chart
                    option={view.radar.option}
                    height={CHART_HEIGHT}
                    title={view.radar.title}
                    source={view.radar.source}
                    testId="compare-radar"
                    attributes={{
                      'data-series': comparison.subjects.length,
                      'data-axes': (view.radar.option.radar as { indicator: unknown[] }).indicator.length,
                    }}
                  />
                ) : (
                  <Center h={CHART_HEIGHT}>
                    <Text size="sm" c="dimmed">
                      {t('compare.radarTooFew')}
                    </Text>
                  </Center>
                )}
              </Panel>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Paper withBorder p="xs" radius="sm">
                <Group justify="space-between" mb={4} wrap="nowrap">
                  <Select
                    size="xs"
                    data={view.barRows}
                    value={view.bar?.row.key ?? null}
                    onChange={setBarRow}
                    allowDeselect={false}
                    searchable
                    w={380}
                    aria-label={t('compare.barRow')}
                    data-testid="compare-bar-row"
                    comboboxProps={{ withinPortal: true }}
                  />
                  {view.bar && (
                    <AddToMeeting
                      view={{
                        kind: 'compare',
                        title: view.bar.title,
                        spec: { kind: selection.kind, ids: selection.ids, baseline, chart: 'bar', row: view.bar.row.key },
                      }}
                      testId="compare-bar-add-to-meeting"
                    />
                  )}
                </Group>
                {view.bar && (
                  <Chart
                    option={view.bar.option}
                    height={CHART_HEIGHT}
                    title={view.bar.title}
                    source={view.bar.source}
                    testId="compare-bar"
                    attributes={{ 'data-row': view.bar.row.key }}
                  />
                )}
                <Text size="xs" c="dimmed">
                  {view.bar?.source}
                </Text>
              </Paper>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
