import { Button, Grid, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { ColDef } from 'ag-grid-community';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctMembers, membershipIndex } from '../../../../shared/features/initiatives/population-basis';
import type { InitiativeSummary } from '../../../../shared/features/initiatives/types';
import { DataGrid } from '../../components/DataGrid';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { downloadBlob } from '../../lib/download';
import { notifyError } from '../../notifications/notify-error';
import { useEngineQuery } from '../../workspace/use-engine-data';
import { useEngine } from '../../workspace/workspace-context';
import { INITIATIVES_QUERY, POPULATION_QUERY } from './initiatives-prefetch';
import { InitiativeProfilePanel } from './InitiativeProfilePanel';
import { InitiativesMap } from './InitiativesMap';
import { MethodologyLibrary } from './MethodologyLibrary';
import { NearDuplicates } from './NearDuplicates';
import { NewInitiativeModal } from './NewInitiativeModal';
import { populationWords } from './population-label';

type Row = InitiativeSummary & { statesText: string; sectorsText: string };
const rowId = (r: Row) => r.code;

/**
 * Polos e iniciativas: the registry of productive poles and cluster initiatives (Rotas de Integração
 * polos, CEPAL initiatives, APLs), filtered by state, searched by name, route, state or sector (the
 * grid's search ignores accents), with each initiative's profile and its one-click economic diagnosis.
 */
export function InitiativesArea({
  onDiagnose,
  initialCode = null,
  onDrawn,
}: {
  onDiagnose: (territorySetId: number) => void;
  /** The initiative to open first (a programme action's link). */
  initialCode?: string | null;
  /** Told each time the map finished a frame: the area's last part drawn (the app draws this area ahead). */
  onDrawn?: () => void;
}) {
  const { t } = useTranslation('initiatives');
  const [state, setState] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(initialCode);
  const [library, setLibrary] = useState(false);
  const [creating, setCreating] = useState(false);
  const { locale } = useLocale();
  const engine = useEngine();
  const data = useEngineQuery(INITIATIVES_QUERY);
  const population = useEngineQuery(POPULATION_QUERY);
  const index = useMemo(() => (population.data ? membershipIndex(population.data) : null), [population.data]);
  const words = useMemo(() => populationWords(t, locale, population.data?.basis, population.data?.publisher), [t, locale, population.data]);
  const states = useMemo(() => [...new Set((data.data ?? []).flatMap((i) => i.states))].sort(), [data.data]);
  const listed = useMemo(() => data.data?.filter((i) => state === null || i.states.includes(state)), [data.data, state]);
  const rows = useMemo<Row[] | undefined>(
    () => listed?.map((i) => ({ ...i, statesText: i.states.join(', '), sectorsText: i.sectors.join(', ') })),
    [listed],
  );
  const taken = useMemo(() => new Set((data.data ?? []).map((i) => i.code)), [data.data]);
  // Without a profile open the grid takes the window, less the header, its tools and the totals' footnote.
  const height = selected ? '40vh' : 'calc(100vh - 225px)';
  const columns = useMemo<ColDef<Row>[]>(() => {
    // Counts in the UI's notation ("1.184", "53.658.980"): the grid wrote them raw ("53658980").
    const integer = (p: { value: unknown }) => (typeof p.value === 'number' ? formatInteger(p.value, locale) : '');
    // The distinct municipalities of the rows shown and their population, each counted once.
    const distinct = (shown: readonly Row[]) =>
      index
        ? distinctMembers(
            shown.map((r) => r.code),
            index,
          )
        : null;
    return [
      { field: 'name', headerName: t('grid.name'), width: 300, pinned: 'left', context: { kind: 'text' } satisfies ColumnMeta },
      {
        field: 'kind',
        headerName: t('grid.kind'),
        width: 150,
        valueFormatter: (p) => (p.value ? t(`kinds.${p.value as InitiativeSummary['kind']}`) : ''),
        // Read whole: at 150 px the English kind read "Rotas de Integraç…" and a route "Rota da Economia Circu…".
        context: { kind: 'text', fitContent: true } satisfies ColumnMeta,
      },
      { field: 'route', headerName: t('grid.route'), width: 190, context: { kind: 'text', fitContent: true } satisfies ColumnMeta },
      { field: 'statesText', headerName: t('grid.states'), width: 110, context: { kind: 'text' } satisfies ColumnMeta },
      // The totals of these two are the distinct municipalities of the rows shown, each population
      // once: the Rotas polos' 1,587 memberships are 1,184 municipalities, not a sum over rows.
      {
        field: 'municipalities',
        headerName: t('grid.municipalities'),
        width: 120,
        type: 'rightAligned',
        valueFormatter: integer,
        // The quick search finds a polo by one of its municipalities ("Montes Claros"), not by its count.
        getQuickFilterText: (p) => p.data?.memberNames.join(' ') ?? '',
        context: {
          kind: 'integer',
          total: {
            of: (shown) => distinct(shown)?.municipalities ?? null,
            note: t('totals.distinct'),
          },
        } satisfies ColumnMeta<Row>,
      },
      {
        field: 'population',
        headerName: words.header,
        headerTooltip: words.sources,
        width: 150,
        type: 'rightAligned',
        valueFormatter: integer,
        context: {
          kind: 'integer',
          total: {
            of: (shown) => distinct(shown)?.population ?? null,
            note: t('totals.distinctPopulation'),
          },
        } satisfies ColumnMeta<Row>,
      },
      { field: 'sectorsText', headerName: t('grid.sectors'), width: 150, context: { kind: 'text' } satisfies ColumnMeta },
      { field: 'maturity', headerName: t('grid.maturity'), width: 120, context: { kind: 'text' } satisfies ColumnMeta },
      { field: 'managingBody', headerName: t('grid.managingBody'), width: 180, context: { kind: 'text' } satisfies ColumnMeta },
      { field: 'code', headerName: t('grid.code'), width: 160, context: { kind: 'text', fitContent: true } satisfies ColumnMeta },
    ];
  }, [t, locale, index, words]);
  const exportNotes = useMemo<[string, string][]>(
    () => [
      [t('notes.source'), [...new Set((data.data ?? []).map((i) => i.source).filter((s) => s !== ''))].join('; ')],
      [t('notes.population'), words.sources],
      [t('notes.totals'), t('totals.footnote')],
    ],
    [t, data.data, words],
  );

  return (
    <Stack gap="xs" data-testid="initiatives-area" data-ready={data.data !== undefined && !data.loading ? 'true' : 'false'}>
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Title order={3}>{t('title')}</Title>
          <Text size="xs" c="dimmed">
            {t('hint')}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Select
            size="xs"
            w={110}
            placeholder={t('filter.state')}
            aria-label={t('filter.state')}
            data={states}
            value={state}
            onChange={setState}
            clearable
            searchable
            data-testid="initiatives-state"
          />
          {/* The layout the import reads back (arranjo-polos): the grid's exports are its view, not a file to import. */}
          <Button
            size="xs"
            variant="default"
            title={t('exportCsv.hint')}
            disabled={!data.data?.length}
            onClick={() =>
              void engine
                .exportCanonicalCsv('arranjo-polos')
                .then((written) => downloadBlob(new Blob([written.csv], { type: 'text/csv;charset=utf-8' }), 'arranjo-polos.csv'))
                .catch((e: unknown) => notifyError(e, (lng) => t('exportCsv.failed', { lng })))
            }
            data-testid="initiatives-export-polos"
          >
            {t('exportCsv.open')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setLibrary(true)} data-testid="methodology-library-open">
            {t('library.open')}
          </Button>
          <Button size="xs" onClick={() => setCreating(true)} data-testid="initiative-new">
            {t('create.open')}
          </Button>
        </Group>
      </Group>
      {data.data?.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="initiatives-empty">
          {t('create.empty')}
        </Text>
      )}
      <NearDuplicates onOpen={setSelected} />
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <DataGrid<Row>
            rowData={rows}
            columnDefs={columns}
            getRowId={rowId}
            testId="initiatives-grid"
            height={height}
            exportName={t('exportName')}
            gridId="initiatives"
            totals
            selectable
            exportNotes={exportNotes}
            onSelectionChanged={(r) => r[0] && setSelected(r[0].code)}
          />
          <Text size="xs" c="dimmed" mt={4} data-testid="initiatives-totals-note">
            {t('totals.footnote')} {words.short}
          </Text>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <InitiativesMap
            initiatives={listed}
            loading={data.loading}
            stateFilter={state}
            selected={selected}
            height={height}
            onOpen={setSelected}
            onDrawn={onDrawn}
          />
        </Grid.Col>
      </Grid>
      {selected && (
        <InitiativeProfilePanel code={selected} onDiagnose={onDiagnose} onOpen={setSelected} onClose={() => setSelected(null)} />
      )}
      <MethodologyLibrary opened={library} onClose={() => setLibrary(false)} />
      <NewInitiativeModal
        opened={creating}
        onClose={() => setCreating(false)}
        taken={taken}
        existing={data.data ?? []}
        onCreated={setSelected}
        onOpen={setSelected}
      />
    </Stack>
  );
}
