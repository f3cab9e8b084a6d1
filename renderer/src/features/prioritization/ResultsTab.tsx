import { Alert, Center, Grid, List, Loader, Paper, Stack, Text } from '@mantine/core';
import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import type { RankedAlternative, ScenarioRun } from '../../../../shared/features/prioritization/types';
import { DataGrid } from '../../components/DataGrid';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { CELL_BOLD_WEIGHT } from '../../components/grid/grid-setup';
import { formatNumber } from './format';
import { translateError } from '../../notifications/notify-error';
import type { EngineData } from '../../workspace/use-engine-data';
import { ContributionPanel } from './ContributionPanel';
import { RankedSiteActions } from './RankedSiteActions';
import { RankingMapPanel } from './RankingMapPanel';
import { imputedText, reasonText, runErrorText, warningText } from './run-text';
import { usePrioritization } from './use-prioritization';

const TOP_STYLE = { background: 'var(--mantine-color-green-light)', fontWeight: CELL_BOLD_WEIGHT };
/** How wide the alternatives' names may be fitted (px). */
const NAME_FIT_MAX_PX = 480;

/** The ranking: scores, the top N highlighted, who was left out and why, contributions and the map. */
/** `unsaved`: the run follows edits not saved yet (a meeting shows the scenario as saved). */
export function ResultsTab({ run, unsaved }: { run: EngineData<ScenarioRun>; unsaved: boolean }) {
  const { t, locale } = usePrioritization();
  const data = run.data;

  const columns = useMemo<ColDef<RankedAlternative>[]>(() => {
    if (!data) return [];
    const topStyle = (p: { data?: RankedAlternative }) => (p.data?.inTop ? TOP_STYLE : null);
    const number =
      (digits: number, fixed = false) =>
      (p: { value: unknown }) =>
        typeof p.value === 'number' ? formatNumber(p.value, locale, digits, fixed ? digits : 0) : '–';
    return [
      { field: 'rank', headerName: t('results.rank'), width: 118, cellStyle: topStyle, sort: 'asc', pinned: 'left' },
      // As wide as the longest name, up to 480 px (past it, the wrapper's tooltip has the name whole):
      // at 280 px "Distrito Industrial de Governador Vala…" was cut mid-word, and at the codes' 400 px
      // cap, in the top rows' bold, "Distrito Industrial Juventino Dias (Cidade Industri…".
      {
        field: 'label',
        headerName: t('results.alternative'),
        minWidth: 280,
        cellStyle: topStyle,
        pinned: 'left',
        context: { kind: 'text', fitContent: true, fitBold: true, fitMaxPx: NAME_FIT_MAX_PX } satisfies ColumnMeta,
      },
      // The score first after the names: at 1280 px it was past the grid's right edge, "Cercanía (TOPSIS" cut.
      {
        field: 'score',
        headerName: t(`results.score.${data.method}`),
        width: 170,
        type: 'numericColumn',
        valueFormatter: number(4, true),
        cellStyle: topStyle,
      },
      {
        colId: 'inTop',
        headerName: t('results.inTop', { n: data.topN }),
        width: 170,
        valueGetter: (p) => (p.data?.inTop ? t('results.yes') : ''),
      },
      {
        field: 'municipality',
        headerName: t('results.municipality'),
        width: 160,
        context: { kind: 'text', fitContent: true } satisfies ColumnMeta,
      },
      ...data.criteria.map((c, j): ColDef<RankedAlternative> => ({
        colId: `c${j}`,
        headerName: c.label,
        headerTooltip: `${c.label} (${c.source})`,
        width: 200,
        type: 'numericColumn',
        valueGetter: (p) => p.data?.values[j] ?? null,
        valueFormatter: number(2),
      })),
    ];
  }, [data, t, locale]);

  if (run.error !== null) {
    return (
      <Alert color="orange" role="alert" title={t('results.cannotRank')} data-testid="results-error">
        {runErrorText(run.error, t) ?? translateError(run.error).message}
      </Alert>
    );
  }
  if (!data) {
    return (
      <Center h={200}>
        <Loader size="sm" />
      </Center>
    );
  }

  const top = data.ranked.filter((r) => r.inTop).map((r) => r.label);
  return (
    <Stack gap="sm" data-testid="results-tab" data-top={top.join('|')} data-method={data.method}>
      {data.warnings.length > 0 && (
        <Alert color="yellow" p={6} data-testid="results-warnings">
          <List size="xs" spacing={2}>
            {data.warnings.map((w) => (
              <List.Item key={`${w.code}-${String(w.params.criterion ?? '')}`}>{warningText(w, data.criteria, t, locale)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        {t('results.summary', {
          ranked: data.ranked.length,
          n: data.topN,
          method: t(`methods.${data.method}`),
          normalization: t(`normalizations.${data.normalization}`),
        })}{' '}
        {!data.higherIsBetter && t('results.vikorNote')}
        {data.compromise &&
          data.compromise.length > 0 &&
          ` ${t('results.compromise', {
            names: data.ranked
              .filter((r) => data.compromise?.includes(r.key))
              .map((r) => r.label)
              .join(', '),
          })}`}
      </Text>
      <DataGrid<RankedAlternative>
        rowData={data.ranked}
        columnDefs={columns}
        getRowId={(r) => r.key}
        testId="ranking-grid"
        height={Math.min(560, 90 + 30 * data.ranked.length)}
        exportName={`${t('results.exportName')} - ${data.name}`}
      />
      <RankedSiteActions ranked={data.ranked} />
      {(data.excluded.length > 0 || data.imputed.length > 0) && (
        <Paper withBorder p="xs" radius="sm" data-testid="excluded-list">
          {data.excluded.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t('results.excludedTitle', { count: data.excluded.length })}
              </Text>
              <List size="xs" spacing={2} mt={4}>
                {data.excluded.map((e) => (
                  <List.Item key={e.key}>
                    <b>{e.label}</b>: {e.reasons.map((r) => reasonText(r, data.criteria, t, locale)).join('; ')}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {data.imputed.length > 0 && (
            <>
              <Text size="sm" fw={600} mt={data.excluded.length > 0 ? 'xs' : 0}>
                {t('results.imputedTitle', { count: data.imputed.length })}
              </Text>
              <List size="xs" spacing={2} mt={4}>
                {data.imputed.map((i) => (
                  <List.Item key={`${i.key}-${i.criterion}`}>{imputedText(i, data.criteria, t, locale)}</List.Item>
                ))}
              </List>
            </>
          )}
        </Paper>
      )}
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ContributionPanel run={data} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <RankingMapPanel run={data} unsaved={unsaved} />
        </Grid.Col>
      </Grid>
      {data.ranked.some((r) => r.kind === 'site') && (
        <Text size="xs" c="dimmed">
          {t('alternatives.siteValuesNote')}
        </Text>
      )}
    </Stack>
  );
}
