import { labelKey, type Locale } from '../../domain/locales';
import { scenarioDescriptionIn, scenarioNameIn, weightSetNameIn } from './demo-text';
import type { CriterionSourceOption, Scenario, ScenarioComparison, ScenarioCriterion, ScenarioRun, ScenarioStakeholders } from './types';

/**
 * A criterion's label in `locale`. The criteria editor labels a criterion picked from the list with
 * its source's label in the UI's language, so a label equal to that source's label in any of the
 * app's languages is the app's, and is written again in the language in use: the demo's criteria,
 * labelled in Portuguese, read "População residente 2022" on the Spanish screen. A label the planner
 * typed, or one whose source the workspace no longer offers, stays as written.
 */
export function criterionLabelIn(
  criterion: Pick<ScenarioCriterion, 'source' | 'label'>,
  options: readonly CriterionSourceOption[],
  locale: Locale,
): string {
  const option = options.find((o) => o.source === criterion.source);
  if (!option || !Object.values(option.label).includes(criterion.label)) return criterion.label;
  return option.label[labelKey(locale)];
}

/**
 * A scenario in `locale`, as the screen and the workbook show it: its criteria labelled by
 * `criterionLabelIn`, and the demo's name, description and weight-set names in the language in use.
 */
export function scenarioIn(scenario: Scenario, options: readonly CriterionSourceOption[], locale: Locale): Scenario {
  return {
    ...scenario,
    name: scenarioNameIn(scenario.name, locale),
    description: scenarioDescriptionIn(scenario.description, locale),
    criteria: scenario.criteria.map((c) => ({ ...c, label: criterionLabelIn(c, options, locale) })),
    weightSets: scenario.weightSets.map((w) => ({ ...w, name: weightSetNameIn(w.name, locale) })),
  };
}

/**
 * A run in `locale`: the scenario's name and its criteria (the results' columns, the charts' series,
 * the stability and walking-weights rows, the map's title) as `scenarioIn` writes them.
 */
export function runIn(run: ScenarioRun, options: readonly CriterionSourceOption[], locale: Locale): ScenarioRun {
  const label = (c: Pick<ScenarioCriterion, 'source' | 'label'>): string => criterionLabelIn(c, options, locale);
  const criteria = run.criteria.map((c) => ({ ...c, label: label(c) }));
  const matrix = run.model.matrix;
  return {
    ...run,
    name: scenarioNameIn(run.name, locale),
    criteria,
    model: {
      ...run.model,
      // The matrix names its criteria by label, in the run's order.
      matrix: { ...matrix, criteria: matrix.criteria.map((c, j) => ({ ...c, name: criteria[j]?.label ?? c.name })) },
    },
  };
}

/** The stakeholders' comparison with the demo's weight-set names in `locale`. */
export function stakeholdersIn(result: ScenarioStakeholders, locale: Locale): ScenarioStakeholders {
  return { ...result, names: result.names.map((n) => weightSetNameIn(n, locale)) };
}

/** The scenarios' comparison with the demo scenario's name in `locale`. */
export function comparisonIn(result: ScenarioComparison, locale: Locale): ScenarioComparison {
  return { ...result, scenarios: result.scenarios.map((s) => ({ ...s, name: scenarioNameIn(s.name, locale) })) };
}
