import type { CriterionSource } from './vocabulary';

/**
 * The sales criteria a new plan starts with, after the points tables of state district agencies
 * (jobs, investment, local suppliers, technology, environmental risk, fit with the target sectors).
 * Weights are a starting point for the planner to change (or derive with AHP), not a norm.
 */
export const DEFAULT_CRITERIA: readonly { name: string; source: CriterionSource; direction: 'benefit' | 'cost'; weight: number }[] = [
  { name: 'Empregos por m²', source: 'jobs-per-m2', direction: 'benefit', weight: 25 },
  { name: 'Investimento (R$)', source: 'investment', direction: 'benefit', weight: 20 },
  { name: 'Fornecedores locais (%)', source: 'manual', direction: 'benefit', weight: 15 },
  { name: 'Tecnologia (1–5)', source: 'manual', direction: 'benefit', weight: 10 },
  { name: 'Risco ambiental (1–5)', source: 'manual', direction: 'cost', weight: 15 },
  { name: 'Aderência aos setores-alvo', source: 'sector-fit', direction: 'benefit', weight: 15 },
];
