import type { TFunction } from 'i18next';
import type { PlanView } from '../../../../shared/features/attraction/types';

/**
 * The source line of a chart of the plan, as its slide in meeting mode and its exported image print
 * it: an illustrative plan says so first (presented full screen, the demo's pipeline read as the
 * district's real companies: the area's orange badge and note stay behind on the page), then what
 * the chart itself is drawn from, then the plan's own source note.
 */
export function planChartSource(view: PlanView, t: TFunction<'attraction'>, drawnFrom?: string): string {
  return [view.plan.illustrative ? t('illustrativeNote') : null, drawnFrom ?? null, view.plan.source.trim() || null]
    .filter((part): part is string => part !== null)
    .join(' ');
}
