import type { ValueFormatterParams, ValueParserParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { dateTextColumn } from '../../../renderer/src/components/grid/date-column';

/**
 * A grid column of ISO days (a prospect's next action, a programme action's dates, a work's planned
 * dates) is text to AG Grid: shown as the UI writes dates and edited as typed. Inferred as AG Grid's
 * date type, the browser's date input took "15/02/2026" as 2026-12-02 (attraction audit).
 */
describe('a grid column of days', () => {
  it('is text with a text editor, its typed value passed on as typed for the owner to read in the UI language', () => {
    const column = dateTextColumn('pt-BR');
    expect(column.cellDataType).toBe('text');
    expect(column.cellEditor).toBe('agTextCellEditor');
    const parse = column.valueParser as (p: ValueParserParams) => unknown;
    expect(parse({ newValue: '15/02/2026' } as ValueParserParams)).toBe('15/02/2026');
  });

  it.each([
    ['pt-BR', '15/02/2026'],
    ['es', '15/02/2026'],
    ['en', '02/15/2026'],
  ] as const)('shows 2026-02-15 as %s writes it (%s), an empty cell empty', (locale, shown) => {
    const format = dateTextColumn(locale).valueFormatter as (p: ValueFormatterParams) => string;
    expect(format({ value: '2026-02-15' } as ValueFormatterParams)).toBe(shown);
    expect(format({ value: null } as ValueFormatterParams)).toBe('');
  });
});
