import ExcelJS from 'exceljs';
import { makeXlsx, makeZip, utf8 } from './files';
import { deflatedFill, rezip } from './hostile-corpus';

/**
 * The hostile corpus as named files (issue 15): import files and workspace files that are broken,
 * foreign or malicious in the ways the audit met, made deterministically at test time from fixed
 * inputs and small (the bombs declare large sizes; their bytes are a megabyte at most).
 */
export interface HostileFile {
  name: string;
  bytes: Uint8Array;
}

const HEADER = 'territory_code,classification,sector_code,year,jobs';
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

function replacePart(xlsx: Uint8Array, name: string, text: string | ((old: string) => string)): Uint8Array {
  return rezip(xlsx, (parts) =>
    parts.map((p) => (p.name === name ? { ...p, data: utf8(typeof text === 'string' ? text : text(new TextDecoder().decode(p.data))) } : p)),
  );
}

async function formulasWithoutResults(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan1');
  ws.addRow(HEADER.split(','));
  ws.addRow(['3106200', 'ibge-setor', '1', 2015, { formula: 'B1*2' } as ExcelJS.CellFormulaValue]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Import files: delimited text and workbooks, each hostile in one way. */
export async function hostileImportFiles(): Promise<HostileFile[]> {
  const good = await makeXlsx({
    Plan1: [
      HEADER.split(','),
      ['3106200', 'ibge-setor', '1', 2015, 1111],
      ['3106200', 'ibge-setor', '2', 2015, 2222],
    ],
  });
  const stored = rezip(good, (parts) => parts.map((p) => ({ ...p, method: 0 })));
  const flipped = stored.slice();
  const at = Buffer.from(stored).indexOf('<v>1111</v>') + 3;
  flipped[at] = flipped[at]! ^ 0x02;
  const csv = (text: string): Uint8Array => utf8(text);
  return [
    // Text files
    { name: 'vazio.csv', bytes: new Uint8Array(0) },
    { name: 'so-cabecalho.csv', bytes: csv(`${HEADER}\n`) },
    { name: 'so-bom.csv', bytes: Uint8Array.from([0xef, 0xbb, 0xbf]) },
    { name: 'aspas.csv', bytes: csv(`${HEADER}\n3106200,ibge-setor,1,2015,"10\n3106200,ibge-setor,2,2015,20\n`) },
    { name: 'mac.csv', bytes: csv(`${HEADER}\r3106200,ibge-setor,1,2015,10\r`) },
    { name: 'misturado.csv', bytes: new Uint8Array([...csv(`${HEADER}\n3106200,ibge-setor,1,2015,10\n`), ...latin1('3106200,São José,2,2015,20\n')]) },
    { name: 'shift-jis.csv', bytes: Uint8Array.from([...csv(`${HEADER}\n`), 0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x2c, 0x31, 0x0a]) },
    { name: 'binario.csv', bytes: Uint8Array.from({ length: 512 }, (_, i) => (i * 37) & 0xff) },
    { name: 'formulas.csv', bytes: csv(`${HEADER}\n=1+1,ibge-setor,1,2015,10\n@SUM(1+1),ibge-setor,2,2015,+cmd|' /C calc'!A0\n`) },
    { name: 'enormes.csv', bytes: csv(`${HEADER}\n3106200,ibge-setor,1,2015,1e308\n3106200,ibge-setor,2,2015,12%\n3106200,ibge-setor,3,2015,10.5\n`) },
    { name: 'linha-longa.csv', bytes: csv(`${HEADER}\n3106200,ibge-setor,1,2015,${'9'.repeat(70_000)}\n`) },
    { name: 'so-separadores.csv', bytes: csv(';;;;\n;;;;\n;;;;\n') },
    { name: 'setores-demais.csv', bytes: csv(`${HEADER}\n${Array.from({ length: 4200 }, (_, i) => `3106200,ibge-setor,S${i},2015,1`).join('\n')}\n`) },
    { name: 'pagina.xlsx', bytes: csv('<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>') },
    { name: 'documento.xlsx', bytes: csv('%PDF-1.4\n%âãÏÓ\n1 0 obj\n') },
    // Workbooks
    { name: 'invertido.xlsx', bytes: flipped },
    { name: 'cortado.xlsx', bytes: good.slice(0, Math.floor(good.length / 2)) },
    { name: 'sem-diretorio.xlsx', bytes: good.slice(0, good.length - 22) },
    { name: 'bomba.xlsx', bytes: rezip(good, (p) => [...p, { name: 'xl/media/image1.png', data: new Uint8Array(0), raw: deflatedFill(1 << 20), declaredSize: 1_288_490_189 }]) },
    { name: 'mentiroso.xlsx', bytes: rezip(good, (p) => [...p, { name: 'xl/media/image1.png', data: new Uint8Array(0), raw: deflatedFill(4 << 20), declaredSize: 1 << 20 }]) },
    { name: 'xml-quebrado.xlsx', bytes: replacePart(good, 'xl/worksheets/sheet1.xml', '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>') },
    { name: 'sem-planilhas.xlsx', bytes: replacePart(good, 'xl/workbook.xml', (x) => x.replace(/<sheets>.*<\/sheets>/s, '<sheets><sheet name="X" sheetId="9" r:id="rId99"/></sheets>')) },
    { name: 'textos-quebrados.xlsx', bytes: rezip(good, (p) => [...p.filter((q) => q.name !== 'xl/sharedStrings.xml'), { name: 'xl/sharedStrings.xml', data: utf8('<sst><si><t>a</si>') }]) },
    { name: 'estilos-quebrados.xlsx', bytes: replacePart(good, 'xl/styles.xml', '<styleSheet><cellXfs count="1"><xf numFmtId="999"') },
    { name: 'formulas-sem-resultado.xlsx', bytes: await formulasWithoutResults() },
    { name: 'ods.xlsx', bytes: makeZip([{ name: 'mimetype', text: 'application/vnd.oasis.opendocument.spreadsheet' }, { name: 'content.xml', text: '<office:document-content/>' }]) },
    { name: 'zip.xlsx', bytes: makeZip([{ name: 'leia-me.txt', text: 'nada' }]) },
  ];
}

/** Files offered as workspaces: empty, foreign, damaged. */
export function hostileWorkspaceFiles(valid: Uint8Array): HostileFile[] {
  const truncated = valid.slice(0, Math.floor(valid.length / 3));
  const zeroedPage = valid.slice();
  zeroedPage.fill(0, 4096, 8192);
  const otherHeader = valid.slice();
  otherHeader[18] = 9; // a file format write version SQLite does not know
  return [
    { name: 'vazio.arranjo', bytes: new Uint8Array(0) },
    { name: 'texto.arranjo', bytes: utf8('isto não é um espaço de trabalho\n') },
    { name: 'planilha.arranjo', bytes: makeZip([{ name: 'xl/workbook.xml', text: '<workbook/>' }]) },
    { name: 'cortado.arranjo', bytes: truncated },
    { name: 'pagina-zerada.arranjo', bytes: zeroedPage },
    { name: 'versao.arranjo', bytes: otherHeader },
    { name: 'so-cabecalho.arranjo', bytes: valid.slice(0, 100) },
  ];
}
