import { describe, expect, it } from 'vitest';
import { agreementList } from '../../../renderer/src/features/prioritization/run-text';

describe("stakeholders' agreement with the consensus, as listed after the table", () => {
  it('names each set, then its Kendall τ with two decimals in the language (it read "Parte 1 1 · Parte 2 1")', () => {
    expect(agreementList(['Parte 1', 'Parte 2', 'FIEMG'], [1, 0.8666, null], 'pt-BR')).toBe('Parte 1: 1,00 · Parte 2: 0,87 · FIEMG: –');
    expect(agreementList(['Agency', 'Chamber'], [1, -0.2], 'en')).toBe('Agency: 1.00 · Chamber: -0.20');
  });
});
