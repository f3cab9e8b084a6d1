const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Chart tooltips are HTML: names from imported data must not be able to inject markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A tooltip's dimmed note (a source naming files, a remark), escaped. ECharts keeps a tooltip on one
 * line per row (white-space: nowrap): a source naming two RAIS files made the LQ map's tooltip wider
 * than the chart and ran off the window, cut. The note wraps at a reading width instead.
 */
export function tooltipNote(text: string): string {
  return `<span style="opacity:.7;display:inline-block;white-space:normal;max-width:26em">${escapeHtml(text)}</span>`;
}
