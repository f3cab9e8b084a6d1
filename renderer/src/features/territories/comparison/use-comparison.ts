import { useComputedColorScheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareRows, type ComparedRow } from '../../../../../shared/analysis/compare/comparison';
import type { Comparison, FactRow, SubjectKind } from '../../../../../shared/features/territories/types';
import { joinSources } from '../../../../../shared/features/territories/series-sources';
import { formatCompact, formatNumber } from '../../../i18n/format';
import { useLocale } from '../../../i18n';
import type { Locale } from '../../../i18n/locales';
import { useEngineData } from '../../../workspace/use-engine-data';
import { buildCompareBarOption, type CompareBarOption } from '../charts/bar-option';
import { buildRadarOption, type RadarOption } from '../charts/radar-option';
import { formatFact, shortNames, trilingual } from '../format';
import type { TFunction } from 'i18next';

/** The choices that make a comparison; stored as a meeting view's spec too. */
export interface CompareSpec {
  kind: SubjectKind;
  ids: number[];
  baseline: number;
  chart: 'radar' | 'bar';
  /** The row the bar chart shows (a FactRow key). */
  row: string | null;
}

const RADAR_LIMIT = 12;
const GROUP_PRIORITY: Record<FactRow['group'], number> = { survey: 0, site: 1, context: 2, indicator: 3 };

/** A row's label: for a site, the figures of its municipality say so. */
export function rowLabel(row: FactRow, kind: SubjectKind, locale: Locale, t: TFunction<'territories'>): string {
  const label = trilingual(row.label, locale);
  return row.group === 'context' && kind === 'site' ? `${label} (${t('compare.ofMunicipality')})` : label;
}

/** Rows that can be axes: with a value for at least one subject, survey and own figures first. */
export function radarRows(rows: readonly FactRow[]): FactRow[] {
  return rows
    .filter((r) => r.values.some((v) => v !== null))
    .sort((a, b) => GROUP_PRIORITY[a.group] - GROUP_PRIORITY[b.group])
    .slice(0, RADAR_LIMIT);
}

export interface ComparisonView {
  loading: boolean;
  error: unknown;
  comparison: Comparison | null;
  compared: ComparedRow<FactRow>[];
  names: string[];
  radar: { option: RadarOption; title: string; source: string } | null;
  bar: { option: CompareBarOption; title: string; source: string; row: FactRow } | null;
  barRows: { value: string; label: string }[];
}

export function useComparison(spec: CompareSpec): ComparisonView {
  const { t: tc } = useTranslation('territories');
  const { t, locale } = useLocale();
  const dark = useComputedColorScheme('light') === 'dark';
  const key = spec.ids.join(',');
  const data = useEngineData(
    (engine) => (spec.ids.length > 0 ? engine.compare(spec.ids.map((id) => ({ kind: spec.kind, id }))) : Promise.resolve(null)),
    [spec.kind, key],
  );

  return useMemo<ComparisonView>(() => {
    const comparison = data.data ?? null;
    const empty = { loading: data.loading, error: data.error, comparison, compared: [], names: [], radar: null, bar: null, barRows: [] };
    if (!comparison || data.loading) return empty;
    const baseline = Math.min(Math.max(0, spec.baseline), comparison.subjects.length - 1);
    const compared = compareRows(comparison.rows, baseline);
    const names = comparison.subjects.map((s) => s.name);
    const labels = shortNames(names);
    const label = (r: FactRow) => rowLabel(r, spec.kind, locale, tc);
    const format = (r: FactRow) => (v: number | null) => formatFact(v, r.unit, locale, tc);
    // Each source once: a ratio's row names its files again ("RAIS 2020 (…); IBGE (2022)").
    const sources = (rows: readonly FactRow[]) => joinSources(rows.map((r) => r.source));

    const axes = radarRows(comparison.rows);
    const radar =
      axes.length >= 3
        ? {
            option: buildRadarOption({
              axes: axes.map((r) => ({ key: r.key, label: label(r), direction: r.direction, format: format(r) })),
              series: comparison.subjects.map((_, i) => ({ name: labels[i] ?? '', values: axes.map((r) => r.values[i] ?? null) })),
              dark,
              labels: { scoreNote: tc('compare.radarNote'), noData: tc('common.noData') },
            }),
            title: tc('compare.radarTitle', { names: names.join(', ') }),
            source: `${t('common.source')}: ${sources(axes)}`,
          }
        : null;

    const barRows = comparison.rows.filter((r) => r.values.some((v) => v !== null));
    const row = barRows.find((r) => r.key === spec.row) ?? barRows.find((r) => r.key === 'context:jobs') ?? barRows[0];
    const bar = row
      ? {
          row,
          option: buildCompareBarOption({
            subjects: labels,
            values: row.values,
            direction: row.direction,
            baselineIndex: baseline,
            format: (v) => formatFact(v, row.unit, locale, tc),
            axisFormat: (v) => (Math.abs(v) >= 10_000 ? formatCompact(v, locale) : formatNumber(v, locale, 1)),
            dark,
            labels: {
              best: tc('compare.best'),
              baseline: tc('compare.baselineOf', { name: labels[baseline] ?? '' }),
              noData: tc('common.noData'),
              period: row.period ? tc('compare.period', { period: row.period }) : '',
            },
          }),
          title: `${label(row)}${row.period ? ` (${row.period})` : ''}`,
          source: row.source ? `${t('common.source')}: ${row.source}` : '',
        }
      : null;
    return {
      ...empty,
      compared,
      names,
      radar,
      bar,
      barRows: barRows.map((r) => ({ value: r.key, label: `${label(r)}${r.period ? ` (${r.period})` : ''}` })),
    };
  }, [data, spec.baseline, spec.row, spec.kind, locale, tc, t, dark]);
}
