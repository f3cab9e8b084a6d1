import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../../shared/import/pipeline/issues';
import { EmploymentStore } from '../../../shared/import/targets/employment-store';
import { levelsToCompare, refuseStoredLevels } from '../../../shared/import/targets/stored-levels';
import type { Classification } from '../../../shared/domain/types';

const record = (territoryCode: number, classification: Classification, sectorCode: string, sourceRow: number) => ({
  territoryCode,
  classification,
  sectorCode,
  year: 2021,
  measure: 'jobs' as const,
  value: 10,
  missingReason: null,
  sourceRow,
});

describe('an import at another level than the workspace holds for a territory, year and measure', () => {
  it('compares a one-level file with every other level, a file of several levels with all', () => {
    expect(levelsToCompare(['cnae-division'])).not.toContain('cnae-division');
    expect(levelsToCompare(['cnae-division'])).toContain('ibge-setor');
    expect(levelsToCompare(['cnae-division', 'cnae-subclass'])).toEqual(expect.arrayContaining(['cnae-division', 'cnae-subclass']));
  });

  it('is an error once per row, naming the stored level and its file; other towns and the same level pass', () => {
    const store = new EmploymentStore();
    // Row 2 gives two divisions of Betim (a wide row); row 3 Belo Horizonte, which the workspace has at this level.
    store.add(record(3106705, 'cnae-division', '24', 2));
    store.add(record(3106705, 'cnae-division', '29', 2));
    store.add(record(3106200, 'cnae-division', '24', 3));
    const issues = new IssueLog();
    refuseStoredLevels(
      store,
      [
        { classification: 'cnae-subclass', measure: 'jobs', year: 2021, territory_code: 3106705, file: 'rais_subclasses.csv' },
        { classification: 'cnae-division', measure: 'jobs', year: 2021, territory_code: 3106200, file: 'rais_divisoes.csv' },
        { classification: 'cnae-subclass', measure: 'payroll', year: 2021, territory_code: 3106200, file: 'massa.csv' },
      ],
      issues,
    );
    expect(issues.errors).toBe(1);
    expect(issues.list()).toEqual([
      expect.objectContaining({
        code: 'stored-level',
        row: 2,
        params: { territory: 3106705, year: 2021, measure: 'jobs', levels: 'cnae-subclass, cnae-division', file: 'rais_subclasses.csv' },
      }),
    ]);
  });
});
