import type { Locale } from '../../i18n/locales';
import { formatRatio } from './economy-format';

/**
 * The location-quotient classes every view of the diagnosis shares (grid, map, treemap, legend):
 * blue below 1 (less present than in the reference), red from 1 up (specialized), darker the
 * further above 1. ColorBrewer RdBu colours, readable in both colour schemes and in print; the blue
 * side stays light so that the specializations — what a planner looks for — stand out.
 */
export interface LqClass {
  /** Inclusive lower bound. */
  min: number;
  /** Exclusive upper bound; null for the open top class. */
  max: number | null;
  color: string;
  /** Text colour that stays legible on `color`. */
  text: string;
}

export const LQ_CLASSES: readonly LqClass[] = [
  { min: 0, max: 0.5, color: '#92c5de', text: '#1a1b1e' },
  { min: 0.5, max: 1, color: '#d1e5f0', text: '#1a1b1e' },
  { min: 1, max: 1.5, color: '#fddbc7', text: '#1a1b1e' },
  { min: 1.5, max: 2, color: '#f4a582', text: '#1a1b1e' },
  { min: 2, max: 5, color: '#d6604d', text: '#ffffff' },
  { min: 5, max: null, color: '#b2182b', text: '#ffffff' },
];

/** Cells and areas without a value (the reason is in their tooltip). */
export const NO_VALUE_COLOR = { light: '#e9ecef', dark: '#3b3b3b' } as const;

/** The class of a location quotient; null when there is no value to classify. */
export function lqClass(lq: number | null | undefined): LqClass | null {
  if (typeof lq !== 'number' || !Number.isFinite(lq) || lq < 0) return null;
  return LQ_CLASSES.find((c) => lq >= c.min && (c.max === null || lq < c.max)) ?? null;
}

/** A class bound as the legends write it ("0,5", "1", "0.5"), in the UI language. */
export function lqBound(locale: Locale): (value: number) => string {
  return (value) => formatRatio(value, locale, value % 1 === 0 ? 0 : 1) ?? String(value);
}

/** "0,5 – 1", "≥ 5": the legend text of a class, with numbers in the UI language. */
export function lqClassLabel(c: LqClass, formatBound: (value: number) => string): string {
  if (c.max === null) return `≥ ${formatBound(c.min)}`;
  if (c.min === 0) return `< ${formatBound(c.max)}`;
  return `${formatBound(c.min)} – ${formatBound(c.max)}`;
}
