import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../shared/import/layout/detect-layout';
import { suggestMapping } from '../../../shared/import/mapping/suggest';
import { CsvSource } from '../../../shared/import/read/csv-source';
import { headerKey } from '../../../shared/import/values/text';

const layoutOf = (text: string) => detectLayout(CsvSource.open(new TextEncoder().encode(text), 'agencia.csv'), 'agencia');
const fields = (mapping: ReturnType<typeof suggestMapping>) => mapping.columns.map((c) => ('field' in c.role ? c.role.field : c.role.role));

describe('wizard suggestions for agency lots, prospects and action sheets (Portuguese headers)', () => {
  it('reads "m²" in a header as m2: area and price per m² of a lots sheet are suggested', () => {
    // "²" was dropped as punctuation ("area m"), so both columns were left to map by hand.
    expect(headerKey('Área (m²)')).toBe('area m2');
    const mapping = suggestMapping(
      layoutOf('Distrito;Lote;Área (m²);Preço por m²;Situação\nDistrito Industrial de Divinópolis;L-90;1.200;95;disponível\n'),
    );
    expect(mapping.target).toBe('lots');
    expect(fields(mapping)).toEqual(['siteCode', 'lotCode', 'areaM2', 'pricePerM2', 'status']);
  });

  it('suggests the area a prospect needs, written in m², and an investment in R$', () => {
    // "Investimento (R$)" was left to map by hand, as "Área necessária (m²)" was.
    const mapping = suggestMapping(
      layoutOf(
        'Distrito;Empresa;CNPJ;Investimento (R$);Área necessária (m²);Etapa\n' +
          'DI-BETIM;Metalúrgica Exemplo;11.222.333/0001-81;R$ 3.500.000,00;900;Negociação\n',
      ),
    );
    expect(mapping.target).toBe('prospects');
    expect(fields(mapping)).toEqual(['siteCode', 'company', 'cnpj', 'investment', 'areaNeededM2', 'stage']);
  });

  it('an action list\'s "Código" is the action\'s code and its "Distrito" the site, not territories', () => {
    // "Código" (AG-01) was taken as the municipality code, and "Distrito" left to Ignorar.
    const mapping = suggestMapping(
      layoutOf(
        'Programa;Código;Tipo de ação;Município;Data de início;Participantes;Distrito\n' +
          'Produzir MG;AG-01;Capacitação de campo;Divinópolis;10/03/2026;25;Distrito Industrial de Divinópolis\n',
      ),
    );
    expect(mapping.target).toBe('programme-actions');
    expect(fields(mapping)).toEqual(['territory', 'programme', 'actionCode', 'actionType', 'startDate', 'participants', 'siteCode']);
    expect(mapping.columns.find((c) => c.role.role === 'territory')?.column).toBe(3);
  });

  it('a "Código" of municipality codes stays the territory', () => {
    const mapping = suggestMapping(layoutOf('Código;Município;Tipo;Data;Participantes\n3106705;Betim;Comitê;10/03/2026;12\n'));
    expect(mapping.target).toBe('programme-actions');
    expect(mapping.columns.find((c) => c.role.role === 'territory')?.column).toBe(0);
  });

  it('a registry of districts with its firms and jobs is a sites sheet, not employment', () => {
    // "Empresas" and "Empregos" made it employment (establishments and jobs by territory, sector and year).
    const mapping = suggestMapping(
      layoutOf(
        'Distrito;Município;Área (ha);Total de lotes;Lotes ocupados;Empresas;Empregos;Órgão gestor\n' +
          'Distrito Industrial de Pará de Minas;Pará de Minas;120,5;80;62;55;3.200;Codemig\n',
      ),
    );
    expect(mapping.target).toBe('sites');
    expect(fields(mapping)).toEqual(['territory', 'name', 'areaHa', 'lotsTotal', 'lotsOccupied', 'firms', 'jobs', 'managingBody']);
  });
});
