import type { ScenarioCriterion } from '../../shared/features/prioritization/types';

/** The five criteria of the demo ranking of Codemig's districts (values of each district's municipality). */
export function demoCriteria(): ScenarioCriterion[] {
  const c = (source: string, label: string, weight: number): ScenarioCriterion => ({
    source,
    label,
    direction: 'benefit',
    weight,
    preference: 'usual',
    q: null,
    p: null,
    s: null,
    min: null,
    max: null,
  });
  return [
    c('indicator:POP:2022', 'População 2022', 20),
    c('jobs:total:2020', 'Empregos formais 2020', 20),
    c('jobs:sector:2:2020', 'Empregos indústria 2020', 20),
    c('lq:2:2020', 'QL indústria 2020', 25),
    c('growth:total:2019:2020', 'Crescimento do emprego 2019–2020', 15),
  ];
}
