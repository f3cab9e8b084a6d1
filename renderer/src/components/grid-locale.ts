import type { TFunction } from 'i18next';

/**
 * The grid's own texts (filters, empty state) in the UI language. AG Grid's full locale packs are a
 * separate package; the handful of texts a planner actually meets are translated here.
 */
export function gridLocaleText(t: TFunction): Record<string, string> {
  return {
    noRowsToShow: t('grid.noRows'),
    // A quick search or a filter that leaves no row: AG Grid's "No Matching Rows" otherwise.
    noMatchingRows: t('grid.noMatchingRows'),
    loadingOoo: t('grid.loading'),
    filterOoo: t('grid.filter'),
    searchOoo: t('grid.search'),
    equals: t('grid.equals'),
    notEqual: t('grid.notEqual'),
    contains: t('grid.contains'),
    notContains: t('grid.notContains'),
    startsWith: t('grid.startsWith'),
    endsWith: t('grid.endsWith'),
    blank: t('grid.blank'),
    notBlank: t('grid.notBlank'),
    lessThan: t('grid.lessThan'),
    greaterThan: t('grid.greaterThan'),
    lessThanOrEqual: t('grid.lessThanOrEqual'),
    greaterThanOrEqual: t('grid.greaterThanOrEqual'),
    inRange: t('grid.inRange'),
    inRangeStart: t('grid.from'),
    inRangeEnd: t('grid.to'),
    andCondition: t('grid.and'),
    orCondition: t('grid.or'),
    applyFilter: t('grid.apply'),
    resetFilter: t('grid.reset'),
    clearFilter: t('grid.clear'),
    cancelFilter: t('common.cancel'),
    selectAll: t('grid.selectAll'),
    ariaChecked: t('grid.checked'),
    ariaUnchecked: t('grid.unchecked'),
    // Read out with a row's selection box (and shown by innerText): AG Grid's English otherwise.
    ariaRowSelect: t('grid.rowSelect'),
    ariaRowDeselect: t('grid.rowDeselect'),
    ariaRowToggleSelection: t('grid.rowToggle'),
  };
}
