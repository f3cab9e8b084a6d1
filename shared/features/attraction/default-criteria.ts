import type { CriterionSource } from './vocabulary';
import type { PlanLocale } from './workbook-labels';

/**
 * The sales criteria a new plan starts with, after the points tables of state district agencies
 * (jobs, investment, local suppliers, technology, environmental risk, fit with the target sectors).
 * Weights are a starting point for the planner to change (or derive with AHP), not a norm. A plan
 * stores each name in Portuguese; the UI and the exports show it in their language
 * (`salesCriterionName`).
 */
export const DEFAULT_CRITERIA: readonly {
  names: Readonly<Record<PlanLocale, string>>;
  source: CriterionSource;
  direction: 'benefit' | 'cost';
  weight: number;
}[] = [
  {
    names: { 'pt-BR': 'Empregos por m²', en: 'Jobs per m²', es: 'Empleos por m²' },
    source: 'jobs-per-m2',
    direction: 'benefit',
    weight: 25,
  },
  {
    names: { 'pt-BR': 'Investimento (R$)', en: 'Investment (R$)', es: 'Inversión (R$)' },
    source: 'investment',
    direction: 'benefit',
    weight: 20,
  },
  {
    names: { 'pt-BR': 'Fornecedores locais (%)', en: 'Local suppliers (%)', es: 'Proveedores locales (%)' },
    source: 'manual',
    direction: 'benefit',
    weight: 15,
  },
  {
    names: { 'pt-BR': 'Tecnologia (1–5)', en: 'Technology (1–5)', es: 'Tecnología (1–5)' },
    source: 'manual',
    direction: 'benefit',
    weight: 10,
  },
  {
    names: { 'pt-BR': 'Risco ambiental (1–5)', en: 'Environmental risk (1–5)', es: 'Riesgo ambiental (1–5)' },
    source: 'manual',
    direction: 'cost',
    weight: 15,
  },
  {
    names: { 'pt-BR': 'Aderência aos setores-alvo', en: 'Fit with the target sectors', es: 'Afinidad con los sectores objetivo' },
    source: 'sector-fit',
    direction: 'benefit',
    weight: 15,
  },
];

const BY_NAME = new Map(DEFAULT_CRITERIA.flatMap((c) => Object.values(c.names).map((name) => [name, c.names] as const)));

/** A default criterion's name, in whichever language it was stored, in `locale`; any other name as it is. */
export function salesCriterionName(name: string, locale: PlanLocale): string {
  return BY_NAME.get(name)?.[locale] ?? name;
}
