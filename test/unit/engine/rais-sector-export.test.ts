import { describe, expect, it } from 'vitest';
import { parseRaisSectorExport } from '../../support/rais-sector-export';
import { ArranjoError } from '../../../shared/errors';

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const HEADER =
  'Coluna;IBGE Setor\r\nMunicípio-Minas Gerais;1 - Extrativa mineral;2 - Indústria de transformação;3 - Servicos industriais de utilidade pública;4 - Construção Civil;5 - Comércio;6 - Serviços;7 - Administração Pública;8 - Agropecuária, extração vegetal, caça e pesca;Total\r\n';
const FOOTER = '\r\nSeleções vigentes\r\nVariável;Critério;Valor\r\nAno;igual a;2019\r\n';

describe('parseRaisSectorExport', () => {
  it('reads municipality rows, the Total row and the year from the footer', () => {
    const file = latin1(
      HEADER +
        '310010:MG-ABADIA DOS DOURADOS;26;466;3;102;326;488;350;187;1948\r\n310020:MG-ABAETE;9;635;0;109;1007;1146;693;536;4135\r\nTotal;35;1101;3;211;1333;1634;1043;723;6083\r\n' +
        FOOTER,
    );
    const parsed = parseRaisSectorExport(file, 'rais.csv');
    expect(parsed.year).toBe(2019);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.rows[0]).toMatchObject({ line: 3, ibge6: 310010, label: 'ABADIA DOS DOURADOS' });
    expect(parsed.rows[0]?.values.get('2')).toBe(466);
    expect(parsed.totals.get('5')).toBe(1333);
  });

  it('reads payroll with decimal comma and float noise', () => {
    const file = latin1(HEADER + '310010:MG-ABADIA DOS DOURADOS;53280,339999998;1;2;3;4;5;6;7;8\r\n' + FOOTER);
    expect(parseRaisSectorExport(file, 'r.csv').rows[0]?.values.get('1')).toBeCloseTo(53280.34, 2);
  });

  it('names file, row and column for text in a number cell', () => {
    const file = latin1(HEADER + '310010:MG-ABADIA DOS DOURADOS;26;x;3;102;326;488;350;187;1948\r\n' + FOOTER);
    try {
      parseRaisSectorExport(file, 'rais.csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ArranjoError);
      expect((error as ArranjoError).location).toEqual({ file: 'rais.csv', row: 3, column: '2 - Indústria de transformação' });
    }
  });

  it('refuses a file without the sector header or without the year', () => {
    expect(() => parseRaisSectorExport(latin1('a;b\r\n1;2\r\n'), 'x.csv')).toThrow(/no header with IBGE sectors/);
    expect(() => parseRaisSectorExport(latin1(HEADER + 'Total;1;1;1;1;1;1;1;1;8\r\n'), 'x.csv')).toThrow(/year/);
  });
});
