import { describe, expect, it } from 'vitest';
import { excelDay } from '../../../shared/export/date-format';

/** The one way the works, attraction and programmes workbooks turn an ISO day into an Excel date cell. */
describe('an ISO day as an Excel date', () => {
  it("is the day's UTC midnight, whatever the machine's zone", () => {
    expect(excelDay('2026-03-01')?.getTime()).toBe(Date.UTC(2026, 2, 1));
    expect(excelDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('is no date for what is not a calendar day (a Date would roll 30 February over to 2 March)', () => {
    for (const value of ['2025-02-30', '2025-13-01', '31/07/2025', '2025-7-31', '', null, 45_000, undefined])
      expect(excelDay(value)).toBeNull();
  });
});
