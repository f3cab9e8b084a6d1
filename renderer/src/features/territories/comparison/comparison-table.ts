import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ComparedRow } from '../../../../../shared/analysis/compare/comparison';
import { joinSources } from '../../../../../shared/features/territories/series-sources';
import type { FactRow, SubjectKind, SubjectSummary } from '../../../../../shared/features/territories/types';
import type { ColumnMeta } from '../../../components/grid/grid-meta';
import type { Locale } from '../../../i18n/locales';
import { formatFact, formatSigned, shortNames, unitLabel } from '../format';
import { rowLabel } from './use-comparison';

/**
 * One row of the comparison grid: flat fields s0…s9 (values) and d0…d9 (differences to the
 * baseline: in the row's unit, or in % when relative).
 */
export interface CompareGridRow {
  key: string;
  group: string;
  indicator: string;
  unit: string;
  unitLabel: string;
  /** The differences' unit, said on its own column so the exported workbook says it too. */
  diffUnit: string;
  period: string;
  direction: FactRow['direction'];
  source: string;
  best: number[];
  verdicts: (1 | -1 | 0 | null)[];
  illustrative: boolean[];
  [field: `s${number}` | `d${number}`]: number | null;
}

/**
 * The unit of a row's differences: % when relative; for a row in %, percentage points ("p.p."), a
 * difference of two percentages not being a percentage; else the row's own unit.
 */
export function differenceUnit(unit: string, relative: boolean, t: TFunction<'territories'>): string {
  if (relative) return '%';
  return unit === '%' ? t('compare.percentagePoints') : unitLabel(t, unit);
}

export function compareGridRows(
  compared: readonly ComparedRow<FactRow>[],
  kind: SubjectKind,
  relative: boolean,
  locale: Locale,
  t: TFunction<'territories'>,
): CompareGridRow[] {
  return compared.map(({ row, best, differences }) => {
    const out: CompareGridRow = {
      key: row.key,
      group: t(`compare.groups.${row.group}`),
      indicator: rowLabel(row, kind, locale, t),
      unit: row.unit,
      unitLabel: unitLabel(t, row.unit),
      diffUnit: differenceUnit(row.unit, relative, t),
      period: row.period ?? '',
      direction: row.direction,
      source: joinSources([row.source, ...row.valueSources.filter((s): s is string => !!s)]),
      best,
      verdicts: differences.map((d) => d.verdict),
      illustrative: row.illustrative,
    };
    row.values.forEach((v, i) => {
      out[`s${i}`] = v;
      const d = differences[i];
      const value = d ? (relative ? d.relative : d.absolute) : null;
      // Relative differences in %, as the unit column says (12.5, not the fraction 0.125).
      out[`d${i}`] = value !== null && relative ? value * 100 : value;
    });
    return out;
  });
}

/**
 * The grid's height for its rows, up to 560 px (then it scrolls): a row is 30 px, or ~46 px when
 * the indicator's name takes two lines of its 280 px column (about 36 characters fit on one).
 */
export function compareGridHeight(rows: readonly Pick<CompareGridRow, 'indicator'>[]): number {
  const body = rows.reduce((h, r) => h + (r.indicator.length > 36 ? 46 : 30), 0);
  return Math.min(560, 110 + body);
}

/** Columns: indicator, unit, period; each subject's value (best marked) and its difference to the baseline. */
export function compareColumns(
  subjects: readonly SubjectSummary[],
  baseline: number,
  relative: boolean,
  locale: Locale,
  t: TFunction<'territories'>,
): ColDef<CompareGridRow>[] {
  const numeric: ColumnMeta = { kind: 'decimal' };
  const columns: ColDef<CompareGridRow>[] = [
    { field: 'group', headerName: t('compare.columns.group'), width: 130, context: { groupable: true } satisfies ColumnMeta },
    // The indicator's whole name, on two lines when it needs them ("Empregos formais por mil habitantes (município)").
    {
      field: 'indicator',
      headerName: t('compare.columns.indicator'),
      width: 280,
      pinned: 'left',
      tooltipField: 'indicator',
      wrapText: true,
      autoHeight: true,
      cellStyle: { lineHeight: '1.35', paddingTop: '6px', paddingBottom: '6px' },
    },
    // Read whole: "per 1,000 inhab." was cut to "per 1,000…" at 100 px.
    { field: 'unitLabel', headerName: t('compare.columns.unit'), width: 100, context: { fitContent: true } satisfies ColumnMeta },
    { field: 'period', headerName: t('compare.columns.period'), width: 100 },
  ];
  const short = shortNames(subjects.map((s) => s.name));
  subjects.forEach((s, i) => {
    const name = short[i] ?? s.name;
    columns.push({
      field: `s${i}`,
      colId: `s${i}`,
      headerName: i === baseline ? `${name} ◆` : name,
      headerTooltip: i === baseline ? t('compare.baselineOf', { name: s.name }) : s.name,
      // Wide enough for the best value of a district in the hundreds of thousands: "★ 215.443 empregos".
      width: 195,
      type: 'rightAligned',
      filter: 'agNumberColumnFilter',
      context: { ...numeric, direction: 'neutral' } satisfies ColumnMeta,
      valueFormatter: (p: ValueFormatterParams<CompareGridRow>) =>
        p.data
          ? `${p.data.best.includes(i) ? '★ ' : ''}${formatFact(p.value as number | null, p.data.unit, locale, t)}${p.data.illustrative[i] ? ' *' : ''}`
          : '',
      cellClassRules: {
        'arranjo-best': (p) => !!p.data?.best.includes(i),
        'arranjo-illustrative': (p) => !!p.data?.illustrative[i],
      },
    });
    if (i === baseline) return;
    columns.push({
      field: `d${i}`,
      colId: `d${i}`,
      headerName: `Δ ${name}`,
      headerTooltip: t(relative ? 'compare.diffRelativeTip' : 'compare.diffAbsoluteTip', { name: subjects[baseline]?.name ?? '' }),
      width: 130,
      type: 'rightAligned',
      filter: 'agNumberColumnFilter',
      context: { kind: 'decimal' } satisfies ColumnMeta,
      valueFormatter: (p: ValueFormatterParams<CompareGridRow>) => {
        const value = p.value as number | null;
        if (relative) return formatSigned(value === null ? null : value / 100, locale, true);
        const text = formatSigned(value, locale);
        // A difference between two percentages is in percentage points, not a percentage.
        return p.data?.unit === '%' && text !== '–' ? `${text} ${t('compare.percentagePoints')}` : text;
      },
      cellClassRules: {
        'arranjo-better': (p) => p.data?.verdicts[i] === 1,
        'arranjo-worse': (p) => p.data?.verdicts[i] === -1,
      },
    });
  });
  columns.push({ field: 'diffUnit', headerName: t('compare.columns.diffUnit'), width: 110 });
  columns.push({ field: 'source', headerName: t('compare.columns.source'), width: 300, tooltipField: 'source' });
  return columns;
}
