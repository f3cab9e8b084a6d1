import { ArranjoError } from '../../errors';
import { CsvSource } from './csv-source';
import type { EncodingChoice } from './decode-text';
import { sniffFile } from './sniff';
import type { TableSource } from './table-source';
import { XlsxSource } from './xlsx-source';
import { readZipDirectory } from './zip-directory';
import { importRefusal, type ImportRefusal } from '../../domain/import-codes';
import { checkWorkbookZip, WORKBOOK_LIMITS } from './zip-limits';
import { PlainWorkbookReader } from './xlsx-plain';

/** Cap on the input: sql.js and exceljs hold everything in memory. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const SAVE_AS_XLSX =
  'Open it in Excel or LibreOffice Calc and save it as an Excel workbook (.xlsx) — in LibreOffice: File › Save As › "Excel 2007-365 (.xlsx)" — or save the sheet as CSV, then import that file.';

function refuse(fileName: string, reason: ImportRefusal, message: string): ArranjoError {
  return new ArranjoError('BAD_SOURCE_FILE', `${fileName}: ${message}`, { file: fileName }, importRefusal(reason));
}

/** Which part of the workbook failed, in words, from what exceljs threw (never its message). */
function describePart(error: unknown): string {
  const text = error instanceof Error ? `${error.message} ${error.stack ?? ''}` : String(error);
  if (/sheetNo|workbook/i.test(text)) return 'list of sheets';
  if (/shared ?strings/i.test(text)) return 'text table';
  if (/style/i.test(text)) return 'formatting';
  if (/uncompressed|crc|zip|inflate|deflate/i.test(text)) return 'compressed content';
  return 'content';
}

function describeZip(names: string[]): string {
  if (names.includes('mimetype') && names.includes('content.xml')) return 'an OpenDocument file (.ods), not an Excel workbook';
  if (names.some((n) => n.startsWith('word/'))) return 'a Word document, not a spreadsheet';
  if (names.some((n) => n.startsWith('ppt/'))) return 'a PowerPoint presentation, not a spreadsheet';
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} files)` : '');
  return `a zip archive, not an Excel workbook (it holds ${shown || 'no files'})`;
}

async function openZip(bytes: Uint8Array, fileName: string): Promise<TableSource> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    throw refuse(
      fileName,
      'corrupt-xlsx',
      directory.problem === 'truncated'
        ? 'the workbook is truncated (its zip directory is missing): the download or copy did not finish. Get the file again.'
        : 'the workbook is damaged (its zip directory cannot be read). Open it in Excel to repair it, or get the file again.',
    );
  }
  if (!directory.names.includes('xl/workbook.xml')) {
    const what = describeZip(directory.names);
    throw refuse(
      fileName,
      'not-xlsx',
      `this is ${what}. ${what.startsWith('an OpenDocument') ? SAVE_AS_XLSX : 'Choose an .xlsx, .csv or .txt file.'}`,
    );
  }
  // Sizes, counts and checksums before exceljs reads anything; the plain reader reads the parts
  // as this check inflates them, and its result counts only once the check passed.
  const plain = new PlainWorkbookReader(directory.names);
  await checkWorkbookZip(bytes, directory.entries, fileName, WORKBOOK_LIMITS, plain);
  try {
    return await XlsxSource.load(bytes, fileName, plain);
  } catch (error) {
    if (error instanceof ArranjoError) throw error;
    // exceljs and its zip and XML libraries say things like "Bug : uncompressed data size
    // mismatch" or "Cannot set properties of undefined (setting 'sheetNo')": internals that help
    // no user. Say what, where and what to do instead.
    throw refuse(
      fileName,
      'corrupt-xlsx',
      `the workbook is damaged and cannot be read (its ${describePart(error)} is not valid). Open it in Excel and save it again to repair it, or get the file again.`,
    );
  }
}

/**
 * Opens an import file by what its bytes are: xlsx, delimited text, or a refusal that says what
 * the file is and how to make it importable.
 */
export async function openTableSource(
  bytes: Uint8Array,
  fileName: string,
  options: { encoding?: EncodingChoice } = {},
): Promise<TableSource> {
  if (bytes.length === 0) throw refuse(fileName, 'empty-file', 'the file is empty (0 bytes).');
  if (bytes.length > MAX_FILE_BYTES) {
    throw refuse(
      fileName,
      'too-large',
      `the file has ${Math.round(bytes.length / 2 ** 20)} MB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MB. Split it, or save it as CSV (smaller than xlsx).`,
    );
  }
  switch (sniffFile(bytes)) {
    case 'zip':
      return openZip(bytes, fileName);
    case 'cfb-encrypted':
      throw refuse(
        fileName,
        'encrypted',
        'the workbook is protected with a password, so its contents are encrypted. Open it in Excel with the password, remove it (File › Info › Protect Workbook › Encrypt with Password, clear the field) and save, then import it again.',
      );
    case 'cfb-legacy':
      throw refuse(fileName, 'legacy-xls', `this is a legacy Excel 97–2003 workbook (.xls), which Arranjo does not read. ${SAVE_AS_XLSX}`);
    case 'html':
      throw refuse(
        fileName,
        'html',
        `this is a web page (HTML) saved with a spreadsheet name, as some portals serve tables. ${SAVE_AS_XLSX}`,
      );
    case 'pdf':
      throw refuse(fileName, 'pdf', 'this is a PDF document. Get the table as a spreadsheet (.xlsx) or CSV from the publisher.');
    case 'binary':
      throw refuse(fileName, 'binary', 'this is not a spreadsheet or a text file. Choose an .xlsx, .csv or .txt file.');
    case 'text':
      return CsvSource.open(bytes, fileName, options.encoding);
  }
}
