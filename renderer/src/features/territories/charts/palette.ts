/** Categorical colours for the subjects of a comparison (Tableau 10), distinct in light and dark themes. */
export const SUBJECT_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];
/** The peer average: a neutral grey, drawn dashed. */
export const PEER_COLOR = '#868e96';

/** ColorBrewer GnBu, 9 classes: light to dark, readable in both themes and in print. */
const GNBU = ['#e0f3db', '#ccebc5', '#a8ddb5', '#7bccc4', '#4eb3d3', '#2b8cbe', '#0868ac', '#084081', '#081d58'];

/** k sequential colours spread over the palette (k ≤ 9; more classes reuse the darkest). */
export function sequentialColors(k: number): string[] {
  if (k <= 0) return [];
  if (k === 1) return [GNBU[4] as string];
  return Array.from({ length: k }, (_, i) => GNBU[Math.round((i * (GNBU.length - 1)) / (k - 1))] as string);
}

export const NO_DATA_COLOR = { light: '#eef0f2', dark: '#3b3b3b' } as const;
export const SITE_COLOR = '#e8590c';

export function textColor(dark: boolean): string {
  return dark ? '#c9c9c9' : '#495057';
}
