import { ArranjoError } from '../errors';
import { POPULATION_INDICATOR } from '../import/indicator-definitions';
import type { ImportedValue } from '../repositories/indicator-value-repository';
import { decodeText } from '../text/decode';
import { parseCsvRecords } from '../text/delimited';

export { POPULATION_INDICATOR };

/** The year the tidy table holds only the December 2022 preview sent to TCU, not the Census result. */
export const CENSUS_2022_YEAR = 2022;

/**
 * Where one year of the tidy table comes from: 2010 is the Census 2010 count, the other years
 * IBGE's estimates sent to TCU. (2022 is never taken from it: see CENSUS_2022_YEAR.)
 */
export function tcuTableSource(year: number, fileName: string): string {
  const what = year === 2010 ? 'IBGE, Censo Demográfico 2010' : `IBGE, estimativa da população ${year} (enviada ao TCU)`;
  return `${what} — ${fileName}`;
}

/**
 * The tidy table of IBGE population (columns POP10…POP24, not in chronological order) as one
 * indicator value per municipality and year, without POP22: that column is the December 2022
 * preview sent to TCU (Belo Horizonte 2,392,678), so 2022 comes from the Census workbook instead
 * (Belo Horizonte 2,315,560).
 */
export function populationValues(bytes: Uint8Array, fileName: string, batchId: number): ImportedValue[] {
  const { header, records } = parseCsvRecords(decodeText(bytes).text);
  const yearColumns = header
    .map((name) => ({ name, match: /^POP(\d{2})$/.exec(name) }))
    .filter((c): c is { name: string; match: RegExpExecArray } => c.match !== null)
    .map((c) => ({ name: c.name, year: 2000 + Number(c.match[1]) }))
    .filter((c) => c.year !== CENSUS_2022_YEAR);
  if (!header.includes('CODMUN7') || yearColumns.length === 0) {
    throw new ArranjoError('BAD_SOURCE_FILE', `${fileName}: expected columns CODMUN7 and POPyy.`, { file: fileName });
  }
  const values: ImportedValue[] = [];
  records.forEach((record, i) => {
    for (const { name, year } of yearColumns) {
      const raw = (record[name] ?? '').trim();
      // "NA": the municipality did not exist yet that year (e.g. those created in 2013).
      const missing = raw === '' || raw.toUpperCase() === 'NA';
      const value = missing ? null : Number(raw);
      if (value !== null && !Number.isFinite(value)) {
        throw new ArranjoError('BAD_SOURCE_FILE', `${fileName}, row ${i + 2}, column ${name}: "${raw}" is not a number.`, {
          file: fileName,
          row: i + 2,
          column: name,
        });
      }
      values.push({
        indicatorCode: POPULATION_INDICATOR.code,
        subjectKind: 'municipality',
        subjectCode: record.CODMUN7 ?? '',
        period: String(year),
        value,
        missingReason: value === null ? 'não disponível na fonte (NA)' : null,
        source: tcuTableSource(year, fileName),
        illustrative: false,
        batchId,
        sourceRow: i + 2,
      });
    }
  });
  return values;
}
