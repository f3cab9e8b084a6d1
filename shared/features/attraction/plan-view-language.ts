import { labelKey } from '../../domain/locales';
import { sectorNameIn } from '../../domain/ibge-sectors';
import { salesCriterionName } from './default-criteria';
import { planSourceIn, planTextIn, planTitleIn } from './demo-text';
import { rationaleIn } from './target-sectors';
import type { PlanView } from './types';
import type { PlanLocale } from './workbook-labels';

/**
 * The plan view with its default sales criteria named in `locale` wherever a criterion's name shows:
 * the criteria, the scoring (its criteria, imputed values and warnings) and the sensitivity model.
 * A plan made in the Portuguese UI showed "Empregos por m²" in the Spanish one, beside the Spanish
 * "Empleos por m²" of its source. Names a planner gave stay as they are. So do its target sectors:
 * an IBGE sector by its name in `locale`, a proposed sector's rationale written again in it. The
 * demo's own words, stored in Portuguese, are written in `locale` too (the screen, the workbook and the
 * PDF): its title and source note, its incentives' names, its actions' titles and owners, its companies'
 * next actions and its lots' and companies' notes (see `planTextIn`).
 */
export function planViewIn(view: PlanView, locale: PlanLocale): PlanView {
  const name = (n: string): string => salesCriterionName(n, locale);
  const text = (t: string | null): string | null => planTextIn(t, locale);
  const { scoring } = view;
  const sensitivity = scoring.sensitivity;
  return {
    ...view,
    plan: { ...view.plan, title: planTitleIn(view.plan, locale), source: planSourceIn(view.plan.source, locale) },
    targets: view.targets.map((t) => ({
      ...t,
      sectorName: sectorNameIn(labelKey(locale), t.sectorCode, t.sectorName, t.classification === 'ibge-setor'),
      rationale: rationaleIn(t.rationale, locale),
    })),
    lots: view.lots.map((l) => ({ ...l, notes: text(l.notes) })),
    incentives: view.incentives.map((i) => ({ ...i, name: planTextIn(i.name, locale) })),
    criteria: view.criteria.map((c) => ({ ...c, name: name(c.name) })),
    prospects: view.prospects.map((p) => ({ ...p, nextAction: text(p.nextAction), notes: text(p.notes) })),
    actions: view.actions.map((a) => ({ ...a, title: planTextIn(a.title, locale), owner: text(a.owner) })),
    scoring: {
      ...scoring,
      criteria: scoring.criteria.map((c) => ({ ...c, name: name(c.name) })),
      imputed: scoring.imputed.map((m) => ({ ...m, criterion: name(m.criterion) })),
      warnings: scoring.warnings.map((w) =>
        typeof w.params.criterion === 'string' ? { ...w, params: { ...w.params, criterion: name(w.params.criterion) } } : w,
      ),
      sensitivity: sensitivity && {
        ...sensitivity,
        criteria: sensitivity.criteria.map((c) => ({ ...c, label: name(c.label) })),
        model: {
          ...sensitivity.model,
          matrix: { ...sensitivity.model.matrix, criteria: sensitivity.model.matrix.criteria.map((c) => ({ ...c, name: name(c.name) })) },
        },
      },
    },
  };
}
