import type { ColDef } from 'ag-grid-community';
import { shortDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

/**
 * The parts of a column holding ISO days ("2026-02-15") shown as the UI writes dates (15/02/2026)
 * and edited as typed text, the owner's edit handler reading it in the UI language. Without them AG
 * Grid takes the ISO values for its own date type and edits them in the browser's date input, which
 * read "15/02/2026" typed into it as another day (2026-12-02 was saved).
 */
export function dateTextColumn<T>(locale: Locale): Pick<ColDef<T>, 'cellDataType' | 'cellEditor' | 'valueParser' | 'valueFormatter'> {
  return {
    cellDataType: 'text',
    cellEditor: 'agTextCellEditor',
    valueParser: (p) => p.newValue as unknown,
    valueFormatter: (p) => (typeof p.value === 'string' ? shortDate(p.value, locale) : ''),
  };
}
