import { describe, expect, it } from 'vitest';
import { importSummary } from '../../../electron/cli/commands/import';
import type { ImportFileResult } from '../../../shared/features/importer';

const result = (target: ImportFileResult['target'], imported: number): ImportFileResult => ({
  batch: 4,
  target,
  template: 'arranjo-obras',
  sheet: 'obras',
  rows: { read: 3, imported, updated: 0, skipped: 1 },
  warnings: [],
  errors: [],
  issueCounts: { errors: 0, warnings: 0 },
  skipped: [{ row: 3, column: 'budget_planned', message: '"abc" is not an amount.' }],
  refused: false,
  message: null,
});

describe('arranjo import: the readable summary', () => {
  it('names what its counts count: records for works, lots, companies and actions, values for economic data', () => {
    // "values imported 2" was said of two works.
    expect(importSummary(result('works', 2), false).split('\n')[1]).toBe('rows read 3, records imported 2, updated 0, rows skipped 1');
    expect(importSummary(result('prospects', 2), true).split('\n')[1]).toBe('rows read 3, records imported 2, updated 0, rows skipped 1');
    expect(importSummary(result('employment', 2), false).split('\n')[1]).toBe('rows read 3, values imported 2, updated 0, rows skipped 1');
    expect(importSummary({ ...result(null, 0), refused: true }, false).split('\n')[1]).toBe(
      'rows read 3, imported 0, updated 0, rows skipped 1',
    );
  });
});
