import type { Engine } from '../../shared/engine/engine';
import { demoCriteria } from './scenario-fixtures';

type Locale = 'pt-BR' | 'en' | 'es';

/** The demo's economy workbook of Betim (IBGE sectors, jobs, MG as reference, 2019→2020). */
export function demoEconomyWorkbook(engine: Engine, locale: Locale): Promise<Uint8Array> {
  return engine.exportEconomyWorkbook({
    classification: 'ibge-setor',
    measure: 'jobs',
    reference: { kind: 'state', abbr: 'MG' },
    year: 2020,
    from: 2019,
    subject: { kind: 'municipality', code: 3106705 },
    locale,
  });
}

/** A weighted-sum ranking of the demo's districts on three criteria, run, as its workbook (200 draws). */
export async function demoScenarioWorkbook(engine: Engine, locale: Locale): Promise<Uint8Array> {
  const scenario = await engine.createScenario({
    name: 'Distritos',
    method: 'wsm',
    normalization: 'vector',
    topN: 3,
    criteria: demoCriteria().slice(0, 3),
  });
  await engine.runScenario(scenario.id);
  return engine.exportScenarioWorkbook(scenario.id, locale, { draws: 200, seed: 1, spread: 0.2 });
}
