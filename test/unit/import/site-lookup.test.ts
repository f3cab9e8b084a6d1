import { describe, expect, it } from 'vitest';
import { SiteLookup, type SiteRef } from '../../../shared/import/values/site-lookup';
import { findSite } from '../../../electron/cli/commands/site-arg';

const SITES: SiteRef[] = [
  { id: 1, code: 'DI-BETIM', name: 'Distrito Industrial de Betim' },
  { id: 2, code: 'DI-UBERABA', name: 'Distrito Industrial de Uberaba' },
  { id: 3, code: 'POLO-A', name: 'Polo São João' },
  { id: 4, code: 'POLO-B', name: 'Polo Sao Joao' },
  { id: 5, code: 'DUP-1', name: 'Condomínio Empresarial' },
  { id: 6, code: 'DUP-2', name: 'Condomínio Empresarial' },
  // A name that is another site's code: the code wins.
  { id: 7, code: 'X-1', name: 'DI-BETIM' },
];

const found = (lookup: SiteLookup, text: string): string | null => {
  const m = lookup.find(text);
  return m.found ? m.site.code : null;
};

describe('SiteLookup: a cell or argument read as a site, by its code or its name (DESIGN §10 <site>)', () => {
  const lookup = new SiteLookup(SITES);

  it('reads a code as written, or up to case, with the spaces agency cells carry', () => {
    expect(found(lookup, 'DI-BETIM')).toBe('DI-BETIM');
    expect(found(lookup, 'di-uberaba')).toBe('DI-UBERABA');
    expect(found(lookup, '  DI-UBERABA ')).toBe('DI-UBERABA');
  });

  it('reads a name as written, or up to case, accents, spaces and punctuation', () => {
    expect(found(lookup, 'Distrito Industrial de Betim')).toBe('DI-BETIM');
    expect(found(lookup, 'DISTRITO INDUSTRIAL DE UBERABA')).toBe('DI-UBERABA');
    expect(found(lookup, 'distrito  industrial de uberaba.')).toBe('DI-UBERABA');
  });

  it('prefers the exact name when two names differ only in accents', () => {
    expect(found(lookup, 'Polo São João')).toBe('POLO-A');
    expect(found(lookup, 'Polo Sao Joao')).toBe('POLO-B');
    // Folded, the two meet: neither is chosen, both are named.
    const m = lookup.find('POLO SÃO JOAO');
    expect(m.found).toBe(false);
    if (!m.found) expect(m.sharedBy.map((s) => s.code)).toEqual(['POLO-A', 'POLO-B']);
  });

  it('a code wins over a name equal to it', () => {
    expect(found(lookup, 'DI-BETIM')).toBe('DI-BETIM');
  });

  it('a name two sites share matches neither; a text that is neither matches nothing', () => {
    const shared = lookup.find('Condomínio Empresarial');
    expect(shared).toEqual({ found: false, sharedBy: [SITES[4], SITES[5]] });
    expect(lookup.find('Distrito Industrial de Nárnia')).toEqual({ found: false, sharedBy: [] });
    expect(lookup.find('---')).toEqual({ found: false, sharedBy: [] });
  });

  it('tells the converter why a cell names no site, with the codes of a shared name', () => {
    const said: unknown[] = [];
    expect(lookup.read('Condomínio Empresarial', (...args) => said.push(args))).toBeNull();
    expect(lookup.read('Distrito de Nárnia', (...args) => said.push(args))).toBeNull();
    expect(said).toEqual([
      ['ambiguous-site', expect.stringMatching(/name of 2 sites \(DUP-1, DUP-2\)/), 'Condomínio Empresarial', { codes: 'DUP-1, DUP-2' }],
      ['unknown-site', expect.stringMatching(/neither the code nor the name/), 'Distrito de Nárnia'],
    ]);
    expect(lookup.read('Distrito Industrial de Betim', () => said.push('never'))?.id).toBe(1);
    expect(said).toHaveLength(2);
  });

  it('the CLI reads <site> by the same rule and refuses a shared name with its codes', () => {
    expect(findSite(SITES, 'distrito industrial de betim').code).toBe('DI-BETIM');
    expect(() => findSite(SITES, 'Condomínio Empresarial')).toThrow(/"Condomínio Empresarial" is the name of 2 sites \(DUP-1, DUP-2\)/);
    expect(() => findSite(SITES, 'Nárnia')).toThrow(/"Nárnia" is neither the code nor the name of a site of this workspace/);
  });
});
