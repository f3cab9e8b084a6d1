import ExcelJS from 'exceljs';

/**
 * A workbook with the traits of a state tax agency's fiscal value-added file (issue 13), built from
 * the shipped municipality names and CNAE 2.x subclasses with ILLUSTRATIVE values (not real VAF):
 * - "VAF por CNAE" (the data, long layout): municipality NAME only, the CNAE subclass as a number
 *   (leading zero lost: 111301 for 0111-3/01), the value; a few rows repeat a key (to be added up),
 *   one row carries the pseudo-code 7000000 ("outros"), names shared with towns of other states
 *   (Santa Luzia, São Francisco, Lagoa Santa…) and a Total row;
 * - "Resumo" (a wide summary by macro-sector, fewer rows: not the sheet to import);
 * - "Municípios" (name → IBGE code, the workbook's own lookup).
 */
export const FISCAL_YEAR = 2021;

/** Municipalities (name, IBGE code) of the fixture, all in MG; several names exist in other states too. */
export const FISCAL_PLACES: readonly (readonly [string, number])[] = [
  ['Betim', 3106705],
  ['Contagem', 3118601],
  ['Belo Horizonte', 3106200],
  ['Divinópolis', 3122306],
  ['Santa Luzia', 3157807],
  ['São Francisco', 3161106],
  ['Lagoa Santa', 3137601],
  ['Ouro Branco', 3145901],
];

/** Subclasses as the agency writes them: numbers (111301 is 0111301, cultivo de arroz). */
const SUBCLASSES = [
  111301, 710301, 810006, 1011201, 2451200, 2511000, 2910701, 2930101, 3511501, 4120400, 4711302, 6201501, 8411600, 8610101,
];

/** The illustrative value (R$) of one place and subclass; 0 means the pair is absent from the file. */
function value(place: number, sector: number): number {
  const r = (place * 7919 + sector * 104_729) % 997;
  return r % 5 === 0 ? 0 : r * 1000 + 10_000;
}

export interface FiscalRow {
  name: string;
  code: number;
  /** The subclass as stored (7 digits, leading zero). */
  subclass: string;
  value: number;
}

/** The data rows as the file gives them, in file order (repeated keys included, the pseudo-code left out). */
export function fiscalRows(): FiscalRow[] {
  const rows: FiscalRow[] = [];
  FISCAL_PLACES.forEach(([name, code], p) => {
    SUBCLASSES.forEach((sector, s) => {
      const v = value(p + 1, s + 1);
      if (v > 0) rows.push({ name, code, subclass: String(sector).padStart(7, '0'), value: v });
    });
  });
  // Repeated keys: a second establishment of the same subclass in the same town (to be added up).
  const betimCars = rows.find((r) => r.code === 3106705 && r.subclass === '2910701');
  const contagemCasting = rows.find((r) => r.code === 3118601 && r.subclass === '2451200');
  for (const r of [betimCars, contagemCasting]) if (r) rows.push({ ...r, value: 123_000 });
  return rows;
}

/** The workbook's bytes (xlsx). */
export async function fiscalWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const resumo = wb.addWorksheet('Resumo');
  resumo.addRow([`VAF ${FISCAL_YEAR} por macrossetor — VALORES ILUSTRATIVOS (não são dados reais)`]);
  resumo.addRow(['Município', 'Agropecuária', 'Indústria', 'Comércio', 'Serviços']);
  for (const [name] of FISCAL_PLACES.slice(0, 4)) resumo.addRow([name, 1000, 2000, 3000, 4000]);

  const data = wb.addWorksheet('VAF por CNAE');
  data.addRow(['Município', 'CNAE', 'Valor adicionado (R$)']);
  const rows = fiscalRows();
  for (const r of rows) data.addRow([r.name.toUpperCase(), Number(r.subclass), r.value]);
  data.addRow(['BETIM', 7000000, 55_000]);
  data.addRow(['Total', null, rows.reduce((a, r) => a + r.value, 0) + 55_000]);

  const lookup = wb.addWorksheet('Municípios');
  lookup.addRow(['Município', 'Código IBGE']);
  for (const [name, code] of FISCAL_PLACES) lookup.addRow([name, code]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
