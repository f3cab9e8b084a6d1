import { cleanText } from './text';

/**
 * Symbols agency tables put where a number should be, with what they mean. IBGE's "sinais
 * convencionais" first (Normas de apresentação tabular, 3rd ed., 1993): they are kept as missing
 * values with their meaning, never as zero and never as errors. IBGE defines "-" as an absolute
 * zero; the mapping option `dashAsZero` reads it so when the planner wants that.
 */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['-', "IBGE '-': dado numérico igual a zero não resultante de arredondamento"],
  ['–', "IBGE '-': dado numérico igual a zero não resultante de arredondamento"],
  ['—', "IBGE '-': dado numérico igual a zero não resultante de arredondamento"],
  ['..', "IBGE '..': não se aplica dado numérico"],
  ['...', "IBGE '...': dado numérico não disponível"],
  ['…', "IBGE '...': dado numérico não disponível"],
  ['X', "IBGE 'X': dado numérico omitido a fim de evitar a individualização da informação"],
  ['NA', 'não disponível na fonte (NA)'],
  ['N/A', 'não disponível na fonte (N/A)'],
  ['N.D.', 'não disponível na fonte (n.d.)'],
  ['ND', 'não disponível na fonte (n.d.)'],
  ['S/D', 'sem dado na fonte (s/d)'],
  ['SEM DADO', 'sem dado na fonte'],
  ['SEM INFORMACAO', 'sem informação na fonte'],
  ['SEM INFORMAÇÃO', 'sem informação na fonte'],
]);

/** Excel error values: the source's own formula failed, so the value is missing there too. */
const EXCEL_ERROR = /^#(N\/A|DIV\/0!|VALUE!|VALOR!|REF!|NAME\?|NOME\?|NUM!|NULL!|NULO!)$/i;

export interface MissingSymbol {
  symbol: string;
  reason: string;
}

/** Whether a missing-value symbol is one of Excel's errors (the source's formula failed). */
export function isExcelError(symbol: string): boolean {
  return EXCEL_ERROR.test(cleanText(symbol));
}

/** The meaning of a missing-value symbol, or null when the text is not one. */
export function missingSymbol(raw: string): MissingSymbol | null {
  const text = cleanText(raw);
  if (text === '' || text.length > 16) return null;
  const reason = SYMBOLS.get(text.toUpperCase());
  if (reason) return { symbol: text, reason };
  if (EXCEL_ERROR.test(text)) return { symbol: text, reason: `erro do Excel na origem (${text.toUpperCase()})` };
  return null;
}

/** Whether the text is IBGE's dash (an absolute zero by IBGE's definition). */
export function isDash(raw: string): boolean {
  const text = cleanText(raw);
  return text === '-' || text === '–' || text === '—';
}
