import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../shared/domain/types';
import { SectorCatalog } from '../../../shared/import/targets/sector-catalog';

const SECTORS: Partial<Record<Classification, { code: string; name: string }[]>> = {
  'ibge-setor': [
    { code: '1', name: 'Extrativa mineral' },
    { code: '2', name: 'Indústria de transformação' },
  ],
  'cnae-division': [
    { code: '01', name: 'Agricultura, pecuária e serviços relacionados' },
    { code: '25', name: 'Fabricação de produtos de metal, exceto máquinas e equipamentos' },
  ],
};

describe('SectorCatalog', () => {
  it('normalizes codes, codes with their names, and names, per scheme', () => {
    const catalog = new SectorCatalog((scheme) => SECTORS[scheme] ?? []);
    expect(catalog.normalize('25', 'cnae-division')).toBe('25');
    expect(catalog.normalize(1, 'cnae-division')).toBe('01');
    expect(catalog.normalize('25 - Fabricação de produtos de metal', 'cnae-division')).toBe('25');
    expect(catalog.normalize('INDUSTRIA DE TRANSFORMACAO', 'ibge-setor')).toBe('2');
    expect(catalog.normalize('2', 'cnae-section')).toBeNull();
    expect(catalog.has('ibge-setor', '1')).toBe(true);
    expect(catalog.has('cnae-division', '1')).toBe(false);
  });

  it('reads a scheme when a cell of it is first asked about, and only once', () => {
    const read: Classification[] = [];
    const catalog = new SectorCatalog((scheme) => {
      read.push(scheme);
      return SECTORS[scheme] ?? [];
    });
    expect(read).toEqual([]);
    for (const cell of ['01', '25', '1', 'Agricultura, pecuária e serviços relacionados', '99']) catalog.normalize(cell, 'cnae-division');
    expect(read).toEqual(['cnae-division']);
    expect(catalog.normalize('Extrativa mineral', 'ibge-setor')).toBe('1');
    expect(read).toEqual(['cnae-division', 'ibge-setor']);
  });
});
