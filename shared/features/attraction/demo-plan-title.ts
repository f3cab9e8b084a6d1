import { demoNoteIn, type DemoNote } from '../../domain/demo-note';
import type { PlanLocale } from './workbook-labels';

/**
 * The demo plan's title for the year it is built in (its period), stored in Portuguese, in the three
 * languages: the plans' list read "Plano de atração 2026 (ilustrativo)" on the English screen.
 */
export function demoPlanTitle(year: string): DemoNote {
  return {
    text: {
      'pt-BR': `Plano de atração ${year} (ilustrativo)`,
      en: `Attraction plan ${year} (illustrative)`,
      es: `Plan de atracción ${year} (ilustrativo)`,
    },
  };
}

/** A plan's title in `locale`: the demo's (for the plan's period) in the language in use; a planner's as written. */
export function planTitleIn(plan: { title: string | null; period: string }, locale: PlanLocale): string | null {
  return plan.title === null ? null : demoNoteIn(demoPlanTitle(plan.period), plan.title, locale);
}
