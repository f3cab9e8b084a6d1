import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initAppI18n } from '../../support/i18n';
import { DEMO_PLAN_SOURCE } from '../../../shared/features/attraction/demo-text';
import type { PlanView } from '../../../shared/features/attraction/types';
import { planChartSource } from '../../../renderer/src/features/attraction/plan-chart-source';

let pt: TFunction<'attraction'>;
let en: TFunction<'attraction'>;

beforeAll(async () => {
  const i18n = await initAppI18n();
  pt = i18n.getFixedT('pt-BR', 'attraction');
  en = i18n.getFixedT('en', 'attraction');
});

/** A plan view as far as its charts' source line reads it. */
const plan = (illustrative: boolean, source: string) => ({ plan: { illustrative, source } }) as unknown as PlanView;

describe("a plan chart's source line", () => {
  it("says once that the demo's plan is illustrative (its own note opened by saying it again)", () => {
    const line = planChartSource(plan(true, DEMO_PLAN_SOURCE), pt, 'pt-BR');
    expect(line).toMatch(/^Plano ilustrativo: dados de exemplo, não são dados reais do distrito\. Lotes no formato de um edital/);
    expect(line).not.toMatch(/ILUSTRATIVO/);
  });

  it("writes the demo's note in the language in use, after what the chart is drawn from", () => {
    const line = planChartSource(plan(true, DEMO_PLAN_SOURCE), en, 'en', 'Point: the lot.');
    expect(line).toMatch(/^Illustrative plan: .+ Point: the lot\. Lots shaped as in a real public tender/);
    expect(line).not.toMatch(/ILLUSTRATIVE|Lotes/);
  });

  it("keeps a planner's own note as written", () => {
    expect(planChartSource(plan(false, ' Edital 3/2025. Valores da SEDE. '), en, 'en')).toBe('Edital 3/2025. Valores da SEDE.');
  });
});
