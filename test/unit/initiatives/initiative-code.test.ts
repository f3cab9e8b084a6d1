import { describe, expect, it } from 'vitest';
import { freeInitiativeCode, initiativeCode } from '../../../shared/features/initiatives/names';

describe("an initiative's code from its name", () => {
  it('is the name without accents, upper case, words joined by "-", at most 80 characters', () => {
    expect(initiativeCode('Polo Apícola do Norte de Minas')).toBe('POLO-APICOLA-DO-NORTE-DE-MINAS');
    expect(initiativeCode('  APL de Confecções — Centro-Oeste (MG) ')).toBe('APL-DE-CONFECCOES-CENTRO-OESTE-MG');
    expect(initiativeCode('Araçuaí/Itinga: cerâmica')).toBe('ARACUAI-ITINGA-CERAMICA');
    expect(initiativeCode('—')).toBe('INICIATIVA');
    const long = initiativeCode('Arranjo '.repeat(20));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('-')).toBe(false);
  });

  it('takes the next free number when the workspace has that code already', () => {
    const taken = new Set(['APL-DO-LEITE', 'APL-DO-LEITE-2']);
    expect(freeInitiativeCode('APL do Leite', new Set())).toBe('APL-DO-LEITE');
    expect(freeInitiativeCode('APL do Leite', taken)).toBe('APL-DO-LEITE-3');
    const long = initiativeCode('Polo '.repeat(30));
    const next = freeInitiativeCode('Polo '.repeat(30), new Set([long]));
    expect(next.length).toBeLessThanOrEqual(80);
    expect(next).toBe(`${long.slice(0, 78).replace(/-$/, '')}-2`);
  });
});
