import type { EngineContext } from '../../engine/engine-context';
import { economyArea } from '../economy';
import { parseInput } from '../../rpc/validate';
import type { AttractionApi } from './attraction-api';

export type { AttractionApi };
import { AttractionService } from './attraction-service';
import { InventoryService } from './inventory-service';
import { loadPdfFonts } from './pdf-fonts';
import { planWorkbook } from './plan-workbook';
import { localeSchema } from '../../domain/schemas';
import type { CanonicalLayoutName, CanonicalWriter } from '../../export/canonical-layouts';
import { empresasCsv } from './empresas-csv';
import { lotesCsv } from './lotes-csv';

/** The attraction area of the engine: validated in the service, undoable through the context's History. */
export function attractionArea(ctx: EngineContext): AttractionApi {
  const service = (): AttractionService => new AttractionService(ctx.db(), ctx.changes(), ctx.today, () => economyArea(ctx));
  const inventory = (): InventoryService => new InventoryService(ctx.db(), ctx.changes(), ctx.now);
  return {
    listAttractionPlans: async () => service().listPlans(),
    attractionInventories: async () => service().inventories(),
    openAttractionPlan: async (input) => service().openPlan(input),
    getAttractionPlan: async (planId) => service().view(planId),
    updateAttractionPlan: async (planId, patch) => service().updatePlan(planId, patch),
    proposeTargetSectors: async (planId, options) => service().proposeTargets(planId, options),
    addTargetSector: async (planId, input) => service().addTarget(planId, input),
    setTargetSectorState: async (targetId, state) => service().setTargetState(targetId, state),
    createLot: async (siteId, input) => inventory().createLot(siteId, input),
    updateLot: async (lotId, patch) => inventory().updateLot(lotId, patch),
    deleteLot: async (lotId) => inventory().deleteLot(lotId),
    createProspect: async (siteId, input) => inventory().createProspect(siteId, input),
    updateProspect: async (prospectId, patch) => inventory().updateProspect(prospectId, patch),
    moveProspect: async (prospectId, stage, note) => inventory().moveProspect(prospectId, stage, note),
    deleteProspect: async (prospectId) => inventory().deleteProspect(prospectId),
    setProspectCriterionValue: async (prospectId, criterionId, value) => inventory().setCriterionValue(prospectId, criterionId, value),
    setSalesCriteria: async (planId, criteria, weighting) => service().setCriteria(planId, criteria, weighting),
    addIncentive: async (planId, input) => service().addIncentive(planId, input),
    deleteIncentive: async (planId, incentiveId) => service().deleteIncentive(planId, incentiveId),
    addPlanAction: async (planId, input) => service().addAction(planId, input),
    updatePlanAction: async (planId, actionId, patch) => service().updateAction(planId, actionId, patch),
    exportAttractionWorkbook: async (planId, locale) => planWorkbook(service().view(planId), parseInput(localeSchema, locale, 'locale')),
    // pdf-lib and fontkit (about 1 s to load, issue 16) only when a PDF is made.
    exportAttractionPdf: async (planId, locale) => {
      const { planPdf } = await import('./plan-pdf');
      return planPdf(service().view(planId), parseInput(localeSchema, locale, 'locale'), await loadPdfFonts());
    },
  };
}
export { attractionImportTargets } from './import/import-targets';
export { buildDemoAttractionPlan } from './demo-plan';

/** The plans' lots and companies as §10's canonical CSVs (`arranjo export --csv`, Import/Export). */
export const attractionCsvLayouts: Partial<Record<CanonicalLayoutName, CanonicalWriter>> = {
  'arranjo-lotes': lotesCsv,
  'arranjo-empresas': empresasCsv,
};
