import { describe, expect, it } from 'vitest';
import { importMappingSchema } from '../../../shared/import/mapping/mapping-schema';
import { decimalStyles } from '../../../shared/import/pipeline/decimal-styles';
import { IssueLog } from '../../../shared/import/pipeline/issues';
import { CsvSource } from '../../../shared/import/read/csv-source';
import { XlsxSource } from '../../../shared/import/read/xlsx-source';
import type { TableSource } from '../../../shared/import/read/table-source';
import { detectLayout } from '../../../shared/import/layout/detect-layout';
import { makeXlsx, utf8 } from '../../support/files';

/** Column 1 ("valor") holds only two-way numerals; column 2 ("taxa") may show the file's separator. */
async function styleOfValor(container: 'csv' | 'xlsx', taxa: string): Promise<{ style: string; warnings: number }> {
  const rows = [
    ['nome', 'valor', 'taxa'],
    ['A', '1.234', taxa],
    ['B', '5.678', taxa],
  ];
  const source: TableSource =
    container === 'csv'
      ? CsvSource.open(utf8(rows.map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')).join('\n')), 'f.csv')
      : await XlsxSource.load(await makeXlsx({ Plan1: rows }), 'f.xlsx');
  const sheet = source.sheets[0]!.name;
  const layout = detectLayout(source, sheet);
  const issues = new IssueLog();
  const mapping = importMappingSchema.parse({ target: 'employment', columns: [] });
  const style = decimalStyles(source, layout, mapping, issues, String)(1);
  return { style, warnings: issues.warnings };
}

describe('the decimal separator of a column (issue 15 #10)', () => {
  it('comes from the rest of the file when the column cannot tell, alike in a CSV and an xlsx', async () => {
    for (const container of ['csv', 'xlsx'] as const) {
      expect(await styleOfValor(container, '2,5'), container).toEqual({ style: 'comma', warnings: 0 });
      expect(await styleOfValor(container, '2.5'), container).toEqual({ style: 'dot', warnings: 0 });
      // Nothing in the file tells: pt-BR, said once for the column.
      expect(await styleOfValor(container, 'sim'), container).toEqual({ style: 'comma', warnings: 1 });
    }
  });
});
