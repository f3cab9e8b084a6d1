import type { Engine } from '../../../shared/engine/engine';
import { ArranjoError } from '../../../shared/errors';
import type { PlanView } from '../../../shared/features/attraction/types';
import { findSite } from './site-arg';
import { localDay } from '../../../shared/text/local-day';

/**
 * The attraction plan of `<site>` (its code or name, `findSite`): the given period's, else its latest; a
 * site without a plan gets an empty one in memory (its lots and prospects still count) — the caller
 * does not save the workspace, so nothing is written.
 */
export async function sitePlan(engine: Engine, siteText: string, period: string | undefined): Promise<PlanView> {
  const site = findSite(await engine.listSites(), siteText);
  const plans = (await engine.listAttractionPlans()).filter((p) => p.siteId === site.id);
  const plan = period === undefined ? plans.at(-1) : plans.find((p) => p.period === period);
  if (plan) return engine.getAttractionPlan(plan.id);
  if (period !== undefined && plans.length > 0)
    throw new ArranjoError('INVALID_INPUT', `${site.code} has no plan for ${period}; it has ${plans.map((p) => p.period).join(', ')}.`);
  return engine.openAttractionPlan({ siteId: site.id, period: period ?? localDay().slice(0, 4) });
}
