import { POPULATION_INDICATOR } from '../indicator-definitions';
import type { SourceRow } from '../read/table-source';
import { indicatorCodeSchema } from '../mapping/mapping-schema';
import { clip } from '../values/text';
import { readText } from './cells';
import {
  columnsWith,
  label,
  mappingError,
  oneColumn,
  TerritoryReader,
  YearReader,
  type ConverterEnv,
  type RowConverter,
  type RowOutcome,
} from './converter';
import type { IndicatorStore } from './indicator-store';
import { readValueCell } from './value-cell';

interface ValueColumn {
  column: number;
  /** Fixed by the column (wide by indicator), else from the indicator column or the mapping. */
  indicator: string | null;
  /** Fixed by the column (wide by year), else from the year column or the mapping. */
  period: string | null;
}

/**
 * Indicator values: territory (municipality or state) × indicator × period → value. Population is
 * the indicator POP. Long layouts (indicator and value columns), wide by indicator (the IMRS and
 * Atlas workbooks: one column per indicator) and wide by year (POP10…POP24) alike.
 */
export function indicatorConverter(env: ConverterEnv, store: IndicatorStore): RowConverter {
  const { mapping } = env;
  const population = mapping.target === 'population';
  const fixedIndicator = population ? POPULATION_INDICATOR.code : (mapping.indicator ?? null);
  const territory = new TerritoryReader(env);
  const indicatorColumn = population ? null : oneColumn(env, 'indicator');
  const values: ValueColumn[] = [];
  for (const c of columnsWith(mapping, 'value')) values.push({ column: c.column, indicator: null, period: null });
  for (const c of columnsWith(mapping, 'year-value'))
    values.push({ column: c.column, indicator: c.role.indicator ?? null, period: String(c.role.year) });
  if (!population)
    for (const c of columnsWith(mapping, 'indicator-value')) values.push({ column: c.column, indicator: c.role.indicator, period: null });
  if (values.length === 0) {
    throw mappingError(
      env,
      population
        ? 'map the population column (or one column per year).'
        : 'map at least one value column (a value column, or one column per indicator or per year).',
    );
  }
  if (values.some((v) => v.indicator === null) && indicatorColumn === null && fixedIndicator === null) {
    throw mappingError(env, 'choose the indicator of the value column(s), or map a column of indicator codes.');
  }
  const years = new YearReader(
    env,
    values.some((v) => v.period === null),
  );
  const subjectKind = mapping.subject;

  return {
    valueColumns: values.map((v) => v.column),
    convert(row: SourceRow): RowOutcome {
      const place = territory.read(row);
      if (place === 'skip') return 'skipped';
      let failed = place === 'failed';
      const year = values.some((v) => v.period === null) ? years.read(row) : null;
      let rowIndicator = fixedIndicator;
      if (indicatorColumn !== null) {
        const text = readText(row.cells[indicatorColumn]);
        const parsed = indicatorCodeSchema.safeParse(text);
        rowIndicator = parsed.success ? parsed.data : null;
        if (!parsed.success) {
          env.issues.error(
            'bad-indicator',
            row.row,
            label(env, indicatorColumn),
            `"${clip(text, 40)}" is not an indicator code (letters, digits, "_", "." or "-").`,
          );
          failed = true;
        }
      }
      const subjectCode = typeof place === 'object' ? String(place.code) : '';
      for (const v of values) {
        const cell = readValueCell(env, row, v.column);
        if (cell === 'empty') continue;
        if (cell === 'invalid') {
          failed = true;
          continue;
        }
        const indicator = v.indicator ?? rowIndicator;
        const period = v.period ?? (year === null ? null : String(year));
        if (failed || typeof place !== 'object' || indicator === null || period === null) continue;
        // A population counts people: "411,846" beside "2.315.560" read as 411.846 was a thousands
        // separator taken for a decimal comma, never a population; refused at its cell.
        if (population && cell.value !== null && (cell.value < 0 || !Number.isInteger(cell.value))) {
          env.issues.error(
            'odd-population',
            row.row,
            label(env, v.column),
            `a population of ${cell.value} is not a whole number of people; check the cell's thousands separator (2.315.560 or 2315560) and the column's units, correct it in the file and import again.`,
          );
          failed = true;
          continue;
        }
        const record = {
          indicatorCode: indicator,
          subjectKind,
          subjectCode,
          period,
          value: cell.value,
          missingReason: cell.missingReason,
          sourceRow: row.row,
        };
        if (!store.add(record)) {
          env.issues.error(
            'duplicate-key',
            row.row,
            label(env, v.column),
            `the file already gave ${indicator} of territory ${place.code} for ${period} in row ${store.firstRowOf(record) ?? '?'}.`,
            undefined,
            { first: store.firstRowOf(record) ?? '?' },
          );
          failed = true;
        }
      }
      return failed ? 'failed' : 'imported';
    },
  };
}
