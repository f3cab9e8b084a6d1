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

/** Areas this version implements; the others show a plain "not available yet" panel. */
export const AVAILABLE_AREAS: ReadonlySet<Area> = new Set<Area>([
  'dashboard',
  'territories',
  'settings',
  'economy',
  'prioritization',
  'import-export',
  'works',
  'initiatives',
  'attraction',
  'programmes',
]);

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
