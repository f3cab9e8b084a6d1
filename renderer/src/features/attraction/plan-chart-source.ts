import type { TFunction } from 'i18next';
import { planSourceAfterIllustrativeNote, planSourceIn } from '../../../../shared/features/attraction/demo-text';
import type { PlanView } from '../../../../shared/features/attraction/types';
import type { PlanLocale } from '../../../../shared/features/attraction/workbook-labels';

/**
 * The source line of a chart of the plan, as its slide in meeting mode and its exported image print
 * it: an illustrative plan says so first (presented full screen, the demo's pipeline read as the
 * district's real companies: the area's orange badge and note stay behind on the page), then what
 * the chart itself is drawn from, then the plan's own source note in the language in use (the demo's
 * note, written in Portuguese, said again that the plan is illustrative: its opening is left out).
 */
export function planChartSource(view: PlanView, t: TFunction<'attraction'>, locale: PlanLocale, drawnFrom?: string): string {
  const own = view.plan.illustrative ? planSourceAfterIllustrativeNote(view.plan.source, locale) : planSourceIn(view.plan.source, locale);
  return [view.plan.illustrative ? t('illustrativeNote') : null, drawnFrom ?? null, own.trim() || null]
    .filter((part): part is string => part !== null)
    .join(' ');
}
