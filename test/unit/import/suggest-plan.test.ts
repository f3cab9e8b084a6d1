import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../shared/import/layout/detect-layout';
import { suggestMapping } from '../../../shared/import/mapping/suggest';
import { CsvSource } from '../../../shared/import/read/csv-source';
import { headerKey } from '../../../shared/import/values/text';

const layoutOf = (text: string) => detectLayout(CsvSource.open(new TextEncoder().encode(text), 'agencia.csv'), 'agencia');
const fields = (mapping: ReturnType<typeof suggestMapping>) => mapping.columns.map((c) => ('field' in c.role ? c.role.field : c.role.role));

describe('wizard suggestions for agency lots and prospects sheets (Portuguese headers)', () => {
  it('reads "m²" in a header as m2: area and price per m² of a lots sheet are suggested', () => {
    // "²" was dropped as punctuation ("area m"), so both columns were left to map by hand.
    expect(headerKey('Área (m²)')).toBe('area m2');
    const mapping = suggestMapping(
      layoutOf('Distrito;Lote;Área (m²);Preço por m²;Situação\nDistrito Industrial de Divinópolis;L-90;1.200;95;disponível\n'),
    );
    expect(mapping.target).toBe('lots');
    expect(fields(mapping)).toEqual(['siteCode', 'lotCode', 'areaM2', 'pricePerM2', 'status']);
  });

  it('suggests the area a prospect needs, written in m²', () => {
    const mapping = suggestMapping(
      layoutOf('Distrito;Empresa;CNPJ;Área necessária (m²);Etapa\nDI-BETIM;Metalúrgica Exemplo;11.222.333/0001-81;900;Negociação\n'),
    );
    expect(mapping.target).toBe('prospects');
    expect(fields(mapping)).toEqual(['siteCode', 'company', 'cnpj', 'areaNeededM2', 'stage']);
  });
});
