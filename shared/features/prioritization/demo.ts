import type { Connection } from '../../db/connection';
import { History } from '../../engine/history';
import { listCriterionSources } from '../metrics';
import { DEMO_INDUSTRY_SET_NOTE, DEMO_MUNICIPALITIES_SET_NOTE, DEMO_SCENARIO_DESCRIPTION_NOTE, DEMO_SCENARIO_NAME_NOTE } from './demo-text';
import { ScenarioService } from './scenario-service';
import type { ScenarioCriterion } from './types';

/**
 * The demo's ranking scenario: Codemig's districts (every site of the demo) ranked by TOPSIS on four
 * facts of each district's municipality that the demo holds from public sources — population (IBGE,
 * Census 2022), manufacturing jobs and manufacturing location quotient (RAIS 2020), growth of formal
 * jobs (RAIS 2019–2020). The criteria, the AHP judgements and the two stakeholders' weight sets are
 * ILLUSTRATIVE: no public source gives the criteria Codemig ranked its districts by.
 */
export const DEMO_SCENARIO_NAME = DEMO_SCENARIO_NAME_NOTE.text['pt-BR'];

export const DEMO_SCENARIO_DESCRIPTION = DEMO_SCENARIO_DESCRIPTION_NOTE.text['pt-BR'];

/** The criteria, in the order of the pairwise matrix and of the weight sets. */
const SOURCES = ['indicator:POP:2022', 'jobs:sector:2:2020', 'lq:2:2020', 'growth:total:2019:2020'] as const;

/**
 * Pairwise judgements (Saaty's scale, row over column): manufacturing jobs count most, then the
 * manufacturing LQ; population and job growth least. Consistent (CR well under 0.10).
 */
const AHP_MATRIX: number[][] = [
  [1, 1 / 3, 1 / 2, 1],
  [3, 1, 2, 3],
  [2, 1 / 2, 1, 2],
  [1, 1 / 3, 1 / 2, 1],
];

/** Two stakeholders' direct weights (percent), for the stakeholders' tab and its consensus. */
const WEIGHT_SETS = [
  { name: DEMO_INDUSTRY_SET_NOTE.text['pt-BR'], weights: [10, 40, 35, 15] },
  { name: DEMO_MUNICIPALITIES_SET_NOTE.text['pt-BR'], weights: [35, 20, 10, 35] },
];

/** Writes the illustrative scenario through the scenario service, checked as a planner's save would be. */
export function addDemoScenario(conn: Connection, now: string): void {
  const service = new ScenarioService(conn, new History(), () => now);
  // Labelled as the editor labels a criterion picked from the list (in Portuguese, the demo's language).
  const options = new Map(listCriterionSources(conn).map((o) => [o.source, o]));
  const criteria = SOURCES.map((source): ScenarioCriterion => {
    const option = options.get(source);
    if (!option) throw new Error(`The demo workspace has no data for the demo scenario's criterion ${source}.`);
    const base = { preference: 'usual', q: null, p: null, s: null, min: null, max: null } as const;
    return { ...base, source, label: option.label.pt, direction: option.direction, weight: 0 };
  });
  service.create({
    name: DEMO_SCENARIO_NAME,
    description: DEMO_SCENARIO_DESCRIPTION,
    method: 'topsis',
    topN: 5,
    weightOrigin: 'ahp',
    ahpMatrix: AHP_MATRIX,
    criteria,
    weightSets: WEIGHT_SETS.map((w) => ({ ...w, ahpMatrix: null })),
  });
}
