import type { GridApi } from 'ag-grid-community';
import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../notifications/store';
import { copyText, inTextField, pasteTargets } from './grid-clipboard';
import type { PastedCell } from './grid-meta';
import { parseTsv } from './tsv';

/**
 * Copy and paste with spreadsheets: Ctrl+C puts the focused cell (or the selected rows, with a header
 * line) on the clipboard as tab-separated text; Ctrl+V maps a pasted block onto the editable cells
 * from the focused one and hands them to the owner, who validates them all.
 */
export function useGridClipboard<T>(
  containerRef: RefObject<HTMLDivElement | null>,
  api: GridApi<T> | null,
  locale: string,
  getRowId: (row: T) => string,
  onPaste: ((cells: PastedCell<T>[]) => void) | undefined,
): void {
  const { t } = useTranslation('territories');
  useEffect(() => {
    const element = containerRef.current;
    if (!element || !api) return;
    const onCopy = (event: ClipboardEvent) => {
      if (inTextField(event.target) || api.isDestroyed()) return;
      const text = copyText(api, locale);
      if (text === null) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    const onPasteEvent = (event: ClipboardEvent) => {
      if (!onPaste || inTextField(event.target) || api.isDestroyed()) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text) return;
      event.preventDefault();
      const { cells, skipped } = pasteTargets(api, parseTsv(text), getRowId);
      if (skipped > 0)
        notify({
          kind: 'info',
          title: (lng) => t('grid.pasteSkippedTitle', { lng }),
          message: (lng) => t('grid.pasteSkipped', { lng, count: skipped }),
        });
      if (cells.length > 0) onPaste(cells);
    };
    element.addEventListener('copy', onCopy);
    element.addEventListener('paste', onPasteEvent);
    return () => {
      element.removeEventListener('copy', onCopy);
      element.removeEventListener('paste', onPasteEvent);
    };
  }, [containerRef, api, locale, onPaste, getRowId, t]);
}
