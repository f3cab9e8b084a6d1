import type { PlanView } from './types';
import { PLAN_LABELS, type PlanLocale } from './workbook-labels';

/**
 * The notice the plan's screen shows when a lot is held by more than one company (a workspace from
 * before schema 18), in `locale`, for the exports to carry it too: "Um lote está com mais de uma
 * empresa…: L-02 com Empresa A e Empresa B. …". Null when every lot has one company at most.
 */
export function sharedLotsNotice(view: Pick<PlanView, 'sharedLots'>, locale: PlanLocale): string | null {
  if (view.sharedLots.length === 0) return null;
  const L = PLAN_LABELS[locale].sharedLots;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const lots = view.sharedLots
    .map((s) => L.lot.replace('{lot}', () => s.lotCode).replace('{companies}', () => list.format(s.companies)))
    .join('; ');
  const count = view.sharedLots.length;
  return (count === 1 ? L.one : L.other).replace('{count}', String(count)).replace('{lots}', () => lots);
}
