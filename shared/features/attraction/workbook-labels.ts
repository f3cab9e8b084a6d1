import { EN } from './workbook-labels-en';
import { ES } from './workbook-labels-es';
import { PT } from './workbook-labels-pt';
import type { ActionStatus, CriterionSource, IncentiveKind, LotStatus, ProspectStage, TargetOrigin, TargetState } from './vocabulary';

export type PlanLocale = 'pt-BR' | 'en' | 'es';

export interface Labels {
  sheets: {
    summary: string;
    targets: string;
    lots: string;
    incentives: string;
    criteria: string;
    ahp: string;
    ranking: string;
    prospects: string;
    actions: string;
    notes: string;
  };
  weighting: {
    title: string;
    direct: string;
    ahp: string;
    cr: string;
    consistent: string;
    inconsistent: string;
    lambdaMax: string;
    ci: string;
    crLong: string;
    weight: string;
  };
  title: string;
  illustrative: string;
  /**
   * Lots held by two or more companies (a workspace from before schema 18), as the plan's screen says
   * it: `one`/`other` by the count with {count} and {lots}; each lot as `lot`, with {lot} and {companies}.
   */
  sharedLots: { one: string; other: string; lot: string };
  summary: [string, string][];
  stage: Record<ProspectStage, string>;
  status: Record<LotStatus, string>;
  origin: Record<TargetOrigin, string>;
  state: Record<TargetState, string>;
  kind: Record<IncentiveKind, string>;
  source: Record<CriterionSource, string>;
  action: Record<ActionStatus, string>;
  direction: { benefit: string; cost: string };
  col: Record<string, string>;
  chart: string;
  yes: string;
  no: string;
  notes: [string, string][];
}

export const PLAN_LABELS: Record<PlanLocale, Labels> = { 'pt-BR': PT, en: EN, es: ES };
