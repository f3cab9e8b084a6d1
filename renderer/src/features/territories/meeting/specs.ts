import { CLASS_METHODS, type ClassMethod } from '../../../../../shared/analysis/compare/class-breaks';
import type { SubjectRef } from '../../../../../shared/features/territories/types';
import type { CompareSpec } from '../comparison/use-comparison';
import { DEFAULT_MAP_SPEC, type MapSpec } from '../maps/use-choropleth';
import type { ProfileChart, ProfileSpec } from '../profile/use-profile-view';

/**
 * A saved view's spec back into the choices of its panel. Specs come from the workspace file (which
 * may have been edited by hand or written by another version): anything unknown falls back to a default.
 */
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export function mapSpecOf(spec: Record<string, unknown>): MapSpec {
  return {
    scope: spec.scope === 'br' ? 'br' : 'mg',
    metric: str(spec.metric),
    method: CLASS_METHODS.includes(spec.method as ClassMethod) ? (spec.method as ClassMethod) : DEFAULT_MAP_SPEC.method,
    classes: Math.min(9, Math.max(2, Math.round(num(spec.classes, DEFAULT_MAP_SPEC.classes)))),
    siteMetric: str(spec.siteMetric),
    markerMode: spec.markerMode === 'color' ? 'color' : 'size',
  };
}

export function compareSpecOf(spec: Record<string, unknown>): CompareSpec {
  const ids = Array.isArray(spec.ids) ? spec.ids.filter((x): x is number => typeof x === 'number' && Number.isInteger(x)).slice(0, 10) : [];
  return {
    kind: spec.kind === 'municipality' ? 'municipality' : 'site',
    ids,
    baseline: Math.max(0, Math.round(num(spec.baseline, 0))),
    chart: spec.chart === 'bar' ? 'bar' : 'radar',
    row: str(spec.row),
  };
}

const CHARTS: readonly ProfileChart[] = ['radar', 'sectors', 'series', 'location'];

export function profileSpecOf(spec: Record<string, unknown>): ProfileSpec | null {
  const ref = spec.ref as Partial<SubjectRef> | undefined;
  if (!ref || (ref.kind !== 'site' && ref.kind !== 'municipality') || typeof ref.id !== 'number') return null;
  return {
    ref: { kind: ref.kind, id: ref.id },
    chart: CHARTS.includes(spec.chart as ProfileChart) ? (spec.chart as ProfileChart) : 'radar',
    series: str(spec.series),
  };
}
