/** The work areas of the navbar, in the order of a planner's chain: diagnose → prioritize → act → monitor. */
export const AREAS = [
  'dashboard',
  'territories',
  'economy',
  'prioritization',
  'works',
  'attraction',
  'programmes',
  'initiatives',
  'import-export',
  'settings',
] as const;
export type Area = (typeof AREAS)[number];

/** Short glyphs for the navbar (no icon package is shipped). */
export const AREA_GLYPHS: Record<Area, string> = {
  dashboard: '▦',
  territories: '◎',
  economy: '◔',
  prioritization: '⇅',
  works: '⚒',
  attraction: '✦',
  programmes: '☷',
  initiatives: '⁂',
  'import-export': '⇄',
  settings: '⚙',
};
