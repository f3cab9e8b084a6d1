import type { Engine } from '../../../shared/engine/engine';
import { ArranjoError } from '../../../shared/errors';
import { planInputSchema } from '../../../shared/features/attraction/schemas';
import type { PlanView } from '../../../shared/features/attraction/types';
import { findSite } from './site-arg';
import { localDay } from '../../../shared/text/local-day';

/**
 * The attraction plan of `<site>` (its code or name, `findSite`): the given period's, else its latest; a
 * site without a plan gets an empty one in memory (its lots and prospects still count) — the caller
 * does not save the workspace, so nothing is written.
 */
export async function sitePlan(engine: Engine, siteText: string, given: string | undefined): Promise<PlanView> {
  // Read as the plan's schema reads it (trimmed, 1–40 characters): an empty or long --period came
  // back as "period: is required (column period)", the schema's words.
  const read = given === undefined ? undefined : planInputSchema.shape.period.safeParse(given);
  if (read && !read.success)
    throw new ArranjoError(
      'INVALID_INPUT',
      `--period "${given}": give the plan's period, such as ${localDay().slice(0, 4)} (1 to 40 characters).`,
    );
  const period = read?.data;
  const site = findSite(await engine.listSites(), siteText);
  const plans = (await engine.listAttractionPlans()).filter((p) => p.siteId === site.id);
  const plan = period === undefined ? plans.at(-1) : plans.find((p) => p.period === period);
  if (plan) return engine.getAttractionPlan(plan.id);
  if (period !== undefined && plans.length > 0)
    throw new ArranjoError('INVALID_INPUT', `${site.code} has no plan for ${period}; it has ${plans.map((p) => p.period).join(', ')}.`);
  return engine.openAttractionPlan({ siteId: site.id, period: period ?? localDay().slice(0, 4) });
}
