import { Alert, Group, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import type { CellEditRequestEvent, ColDef, ValueFormatterParams } from 'ag-grid-community';
import i18next from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorInfo } from '../../../../shared/features/territories/types';
import { DataGrid } from '../../components/DataGrid';
import type { ColumnMeta } from '../../components/grid/grid-meta';
import { parseLocaleNumber } from '../../components/grid/tsv';
import { useLocale } from '../../i18n';
import { isLocale, labelKey } from '../../i18n/locales';
import { notify } from '../../notifications/store';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { formatFact, unitLabel } from './format';
import { provenanceText, sourceText } from './value-provenance';
import { fieldErrorMessage, notifyFieldError } from './field-error';

interface Row {
  code: string;
  name: string;
  unit: string;
  scale: string;
  category: string;
  /** The value at the entry period (sites) or the stored value (municipalities). */
  entry: number | null;
  period: string;
  latest: string;
  source: string;
  provenance: string;
  illustrative: boolean;
}

const rowId = (r: Row) => `${r.code}|${r.period}`;

/**
 * Indicator values of one site or municipality, with their period, source and provenance. For a
 * site, the infrastructure survey is entered here, at a chosen period: scores are checked against
 * the scale by the engine and are undoable.
 */
export function ValuesPanel({ initialSite }: { initialSite: number | null }) {
  const { t: tc } = useTranslation('territories');
  const { t, locale } = useLocale();
  const controller = useWorkspaceController();
  const [kind, setKind] = useState<'site' | 'municipality'>('site');
  const [subject, setSubject] = useState<string | null>(initialSite !== null ? String(initialSite) : null);
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [cellError, setCellError] = useState<{ code: string; message: string } | null>(null);

  const subjects = useEngineData(
    async (engine) =>
      kind === 'site'
        ? (await engine.listSites()).map((s) => ({
            value: String(s.id),
            label: s.municipalityName ? `${s.name} (${s.municipalityName})` : s.name,
          }))
        : (await engine.listMunicipalities({})).map((m) => ({ value: String(m.code), label: `${m.name} – ${m.stateAbbr}` })),
    [kind],
  );
  const current = subject ?? subjects.data?.[0]?.value ?? null;
  const data = useEngineData(
    async (engine) => {
      if (!current) return null;
      const [catalog, values] = await Promise.all([
        engine.indicatorCatalog(),
        engine.indicatorValues({ subjectKind: kind, subjectCode: current }),
      ]);
      return { catalog, values };
    },
    [kind, current],
  );

  const rows = useMemo<Row[] | undefined>(() => {
    if (!data.data) return current ? undefined : [];
    const { catalog, values } = data.data;
    const byCode = new Map<string, IndicatorInfo>(catalog.map((d) => [d.code, d]));
    const key = labelKey(locale);
    const scaleOf = (d: IndicatorInfo | undefined) =>
      d && (d.valueMin !== null || d.valueMax !== null)
        ? `${d.valueMin ?? '−∞'}–${d.valueMax ?? '∞'}${d.unit === 'escala 0–4' ? '' : ` ${unitLabel(tc, d.unit)}`}`
        : unitLabel(tc, d?.unit ?? '');
    if (kind === 'municipality') {
      return values.map((v) => {
        const d = byCode.get(v.indicatorCode);
        return {
          code: v.indicatorCode,
          name: d?.name[key] ?? v.indicatorCode,
          unit: d?.unit ?? '',
          scale: scaleOf(d),
          category: d?.category ?? '',
          entry: v.value,
          period: v.period,
          latest: '',
          source: sourceText(v, locale),
          provenance: provenanceText(v, tc, locale),
          illustrative: v.illustrative,
        };
      });
    }
    const shown = catalog.filter((d) => d.category === 'infrastructure' || values.some((v) => v.indicatorCode === d.code));
    return shown.map((d) => {
      const mine = values.filter((v) => v.indicatorCode === d.code);
      const atPeriod = mine.find((v) => v.period === period);
      const newest = mine[0];
      const said = atPeriod ?? newest;
      return {
        code: d.code,
        name: d.name[key],
        unit: d.unit,
        scale: scaleOf(d),
        category: d.category,
        entry: atPeriod?.value ?? null,
        period,
        latest: newest && newest.period !== period ? `${formatFact(newest.value, d.unit, locale, tc)} (${newest.period})` : '',
        source: said ? sourceText(said, locale) : '',
        provenance: said ? provenanceText(said, tc, locale) : '',
        illustrative: said?.illustrative ?? false,
      };
    });
  }, [data.data, kind, period, locale, tc, current]);

  const columns = useMemo<ColDef<Row>[]>(() => {
    const isError = (p: { data?: Row }) => cellError !== null && p.data?.code === cellError.code;
    return [
      {
        field: 'name',
        headerName: tc('values.indicator'),
        width: 260,
        pinned: 'left',
        tooltipField: 'name',
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      {
        field: 'category',
        headerName: tc('indicators.fields.category'),
        width: 120,
        hide: kind === 'site',
        context: { kind: 'text', groupable: true } satisfies ColumnMeta,
      },
      { field: 'period', headerName: tc('values.period'), width: 90, context: { kind: 'text', groupable: true } satisfies ColumnMeta },
      {
        field: 'entry',
        headerName: kind === 'site' ? tc('values.entry', { period }) : tc('values.value'),
        width: 150,
        type: 'rightAligned',
        editable: kind === 'site',
        filter: 'agNumberColumnFilter',
        valueFormatter: (p: ValueFormatterParams<Row>) =>
          p.data
            ? `${formatFact(p.value as number | null, p.data.unit, locale, tc, kind === 'site' ? '' : '–')}${p.data.illustrative ? ` (${tc('common.illustrative')})` : ''}`
            : '',
        cellClassRules: { 'arranjo-cell-error': isError, 'arranjo-illustrative': (p) => !!p.data?.illustrative },
        tooltipValueGetter: (p) => (isError(p) ? cellError?.message : undefined),
        context: { kind: 'decimal', direction: 'higher-better' } satisfies ColumnMeta,
      },
      { field: 'scale', headerName: tc('values.scale'), width: 130, context: { kind: 'text' } satisfies ColumnMeta },
      {
        field: 'latest',
        headerName: tc('values.latest'),
        width: 150,
        hide: kind !== 'site',
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      {
        field: 'source',
        headerName: t('common.source'),
        width: 240,
        tooltipField: 'source',
        context: { kind: 'text' } satisfies ColumnMeta,
      },
      {
        field: 'provenance',
        headerName: tc('values.provenance'),
        width: 340,
        tooltipField: 'provenance',
        context: { kind: 'text' } satisfies ColumnMeta,
      },
    ];
  }, [tc, t, locale, kind, period, cellError]);

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<Row>) => {
      const row = event.data;
      if (!row || !current || kind !== 'site' || event.colDef.field !== 'entry') return;
      const raw = event.newValue as unknown;
      const parsed = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseLocaleNumber(raw, locale) : null;
      // Text that is no number goes to the engine as typed: it refuses it with "must be a number".
      const value = typeof parsed === 'number' && Number.isNaN(parsed) ? (raw as number) : parsed;
      controller
        .mutate((engine) =>
          engine.setIndicatorValues([{ indicatorCode: row.code, subjectKind: 'site', subjectCode: current, period, value }]),
        )
        .then(
          () => {
            setCellError(null);
            notify({
              kind: 'success',
              title: (lng) => tc('values.saved', { lng }),
              message: (lng) =>
                `${row.name}: ${formatFact(typeof value === 'number' ? value : null, row.unit, isLocale(lng) ? lng : locale, i18next.getFixedT(lng, 'territories'))}`,
            });
          },
          (error: unknown) => {
            setCellError({ code: row.code, message: fieldErrorMessage(error, tc) });
            notifyFieldError(error, (lng) => tc('values.refused', { name: row.name, lng }));
          },
        );
    },
    [controller, current, kind, period, locale, tc],
  );

  const noSurvey =
    kind === 'site' &&
    rows !== undefined &&
    rows.filter((r) => r.category === 'infrastructure').every((r) => r.entry === null && r.latest === '');

  return (
    <>
      <Group gap="xs" align="flex-end">
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(v) => {
            setKind(v);
            setSubject(null);
          }}
          data={[
            { value: 'site', label: tc('compare.kindSites') },
            { value: 'municipality', label: tc('compare.kindMunicipalities') },
          ]}
          data-testid="values-kind"
        />
        <Select
          size="xs"
          label={kind === 'site' ? tc('values.site') : tc('values.municipality')}
          data={subjects.data ?? []}
          value={current}
          onChange={setSubject}
          searchable
          limit={60}
          allowDeselect={false}
          w={420}
          data-testid="values-subject"
          comboboxProps={{ withinPortal: true }}
        />
        {kind === 'site' && (
          <TextInput
            size="xs"
            label={tc('values.entryPeriod')}
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value.trim())}
            w={110}
            data-testid="values-period"
          />
        )}
      </Group>
      {noSurvey && (
        <Alert color="yellow" data-testid="values-no-survey" title={tc('profile.surveyTitle')}>
          <Text size="sm">{tc('values.noSurvey')}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {tc('values.scaleNote')}
          </Text>
        </Alert>
      )}
      <DataGrid<Row>
        rowData={rows}
        columnDefs={columns}
        getRowId={rowId}
        testId="values-grid"
        height={kind === 'site' ? 'calc(100vh - 360px)' : 'calc(100vh - 260px)'}
        exportName={tc('values.exportName', { name: subjects.data?.find((s) => s.value === current)?.label ?? '' })}
        onCellEditRequest={onCellEditRequest}
        toolbar={
          <Text size="xs" c="dimmed">
            {kind === 'site' ? tc('values.editHint') : tc('values.readOnlyHint')}
          </Text>
        }
      />
    </>
  );
}
