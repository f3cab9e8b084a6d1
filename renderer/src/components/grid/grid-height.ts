/** The grid theme's row and header heights (grid-setup.ts), and the toolbar above every DataGrid with its gap. */
const ROW_PX = 30;
const HEADER_PX = 32;
const TOOLBAR_PX = 44;

/**
 * A DataGrid height that shows its rows without an empty half-screen under a few of them nor a
 * scroll over a dozen: `rows` kept between `minRows` and `maxRows`, plus the toolbar, the header and
 * the totals row.
 */
export function heightForRows(rows: number, { minRows = 5, maxRows = 16, totals = true } = {}): number {
  const shown = Math.min(maxRows, Math.max(minRows, rows));
  return TOOLBAR_PX + HEADER_PX + shown * ROW_PX + (totals ? ROW_PX : 0) + 4;
}
